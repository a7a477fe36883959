#!/usr/bin/env python3
"""Gold annotations (the texts of batch54zf.py: three CFTC enforcement press releases -- the default judgment of the
U.S. District Court for the Southern District of New York against 'Royal Metals Group, LLC (RMG), and its member,
manager and part owner, Chelsea Gless (Gless) of Iowa' (7890-19, 18 March 2019); the settled spoofing and manipulation
order against 'Merrill Lynch Commodities, Inc. (MLCI), a provisionally registered swap dealer', 'James McDonald, CFTC
Director of Enforcement' quoted (7946-19, 25 June 2019); the settled misappropriation-based fraud order against
'Freepoint Commodities LLC, a commodities merchant in Stamford, Connecticut', with 'the Department of Justice's (DOJ)
Fraud Section' and its deferred prosecution agreement, 'Director of Enforcement Ian McGinley' quoted (8834-23, 14
December 2023)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Freepoint -> test, Merrill Lynch Commodities -> train, Royal Metals -> dev.
Dates resolve against `published` (each release's date line: 'March 18, 2019', 'June 25, 2019', 'December 14, 2023').
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m): the
regulator -> Organization under the name the text writes ('Commodity Futures Trading Commission' in all three), 'CFTC'
as alias ('Commission' too where the text writes it alone); a district court named in full -> Organization as written;
a firm's '(Short)' -> alias; an exchange run as a business -> Company (53e's CSCE, 50g's CBOT); 'Director of
Enforcement X' / 'X, CFTC Director of Enforcement' -> director at the CFTC (51a, 51v, 51zf, 51zk's HSBC); a 'manager' of
a firm -> executive (GUIDELINES: '"manager" -> executive'); 'member' and 'part owner' of an LLC -> no title (the lane's
owner rule: 40zm's Grenda, 52za's owners, 53e's Murray, 53j's Tulving, 53m's Jager and Martin); 'City, State' -> one
Location (51zk's 'Chicago, Illinois'), a State named alone -> Location; "the Department of Justice's ... Fraud Section"
-> two Organizations with parentOrganization(Fraud Section, Department of Justice) (the Vitol and BP files); the
Division of Enforcement named as a body -> Organization with parentOrganization(Division of Enforcement, CFTC) (51g,
51zk, the Vitol file); 'U.S.' in 'U.S. and global oil markets' -> Location (the Vitol file); laws (the Commodity
Exchange Act, the Foreign Corrupt Practices Act), orders, agreements, registration categories, release numbers,
unnamed customers, clients, traders and state-owned enterprises -> nothing.
usage: batch54zf_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zf/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "Commodity Futures Trading Commission"
SDNY = "U.S. District Court for the Southern District of New York"
RMG = "Royal Metals Group, LLC"
MLCI = "Merrill Lynch Commodities, Inc."
COMEX = "Commodity Exchange, Inc."
FP = "Freepoint Commodities LLC"
DOE = "Division of Enforcement"
DOJ = "Department of Justice"
FS = "Fraud Section"
A = {}

# ---- Royal Metals Group, LLC and Chelsea Gless, CFTC 7890-19, published 2019-03-18 (a Monday) -------------------------
A["us-cftc-royal-metals-group-member-manager-part-owner-gless-precious-metals-fraud-default-judgment-2019"] = dict(
 # The Commodity Futures Trading Commission ('(CFTC)', 'the CFTC' twice, 'a CFTC Complaint', 'CFTC Complaint and Press
 # Release': alias 'CFTC'; the text never writes 'Commission' alone); the U.S. District Court for the Southern District
 # of New York (named in full twice; "The court's Order": a generic noun, no alias; Organization); Royal Metals Group,
 # LLC ('(RMG)': alias; Company -- 'the defendants' is a collective, no alias); Chelsea Gless ('(Gless)': alias;
 # Person); Iowa ('Chelsea Gless (Gless) of Iowa': Location, the State named alone); James McDonald (Person). Not
 # annotated: 'Order of Default Judgment (Order) and Permanent Injunction', 'CFTC Complaint' (papers); 'the Commodity
 # Exchange Act' (a law); 'Press Release 7791-18' (a release number); 'defrauded customers', 'at least eight clients'
 # (unnamed); '$584,549.84', '$1,753,647', '$617,000' (amounts); the title's 'Its Owner' (the title)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Organization", SDNY),
           E("Company", RMG, "RMG"),
           E("Person", "Chelsea Gless", "Gless"),
           E("Location", "Iowa"),
           E("Person", "James McDonald")],
 # 'its member, manager and part owner, Chelsea Gless' (its = RMG's) -> executive at Royal Metals Group, LLC, current
 # (the post written in the present; 'manager' -> executive, GUIDELINES) -- **doubtful**: 'member' of an LLC is an
 # owner's standing and 'part owner' is ownership (no title by the lane's owner rule, so neither adds a role); a reader
 # may read 'manager' as an LLC's managing member (still executive, or director) or give no role as for 53m's owners.
 # 'Director of Enforcement James McDonald, stated' (in a CFTC release) -> director at the CFTC, current (51zk's
 # McGinley; the Division is not named as a body here). Near-miss: 'her agents' / 'their agents' (past the cut and
 # unnamed)
 roles=[R("Chelsea Gless", "executive", RMG, True),
        R("James McDonald", "director", CFTC, True)],
 # No relation. **Near-misses**: RMG and Gless '(collectively, defendants)' (a person and her firm: no relation type;
 # her part ownership is a person's stake, not a parentOrganization); the court's Order 'against' RMG (no relation
 # type); 'registering with the CFTC' (a ban on registration, not a tie)
 relations=[],
 outages=[],
 # 'today' ('today announced') -> 2019-03-18 (`published`); 'January 25, 2019' ('The Order, entered on') ->
 # 2019-01-25; 'September 14, 2018' ('a CFTC Complaint filed on') -> 2018-09-14; 'March 2016' ('from at least March
 # 2016 to present') -> 2016-03. Skipped: 'to present' (the release's day, written as a span's end; **doubtful**: a
 # reader may give 'present' 2019-03-18); the date line (cut); '$2.3 Million' (title only, an amount)
 dates=[D("today", "2019-03-18"), D("January 25, 2019", "2019-01-25"), D("September 14, 2018", "2018-09-14"),
        D("March 2016", "2016-03")])

# ---- Merrill Lynch Commodities, Inc. (MLCI), CFTC 7946-19, published 2019-06-25 (a Tuesday) ---------------------------
A["us-cftc-merrill-lynch-commodities-swap-dealer-precious-metals-spoofing-manipulation-comex-2019"] = dict(
 # The Commodity Futures Trading Commission ('(CFTC)', 'The CFTC Order', 'the CFTC', 'CFTC Director of Enforcement':
 # alias 'CFTC'; 'the Commission continues' in McDonald's words: alias 'Commission'); Merrill Lynch Commodities, Inc.
 # ('(MLCI)' and 'MLCI' twice more: alias; Company); the Commodity Exchange, Inc. ('(COMEX)': alias; Company -- an
 # exchange run as a business, as 53e's CSCE); James McDonald (Person). Not annotated: 'a provisionally registered swap
 # dealer' (a registration category); 'the CFTC Order', 'The Order' (papers); '(Traders)', 'certain traders at MLCI'
 # (unnamed employees; a label, no entity); 'law-abiding market participants' (generic); '$25 million', '$11.5
 # million dollars', '$2.3 million', '$11.1 million' (amounts). **Near-miss**: 'Merrill Lynch' as MLCI's parent or
 # brand -- outside knowledge (Bank of America) names a parent the text does not; only the full name is written, so no
 # 'Merrill Lynch' alias or entity
 entities=[E("Organization", CFTC, "CFTC", "Commission"),
           E("Company", MLCI, "MLCI"),
           E("Company", COMEX, "COMEX"),
           E("Person", "James McDonald")],
 # 'James McDonald, CFTC Director of Enforcement, stated' -> director at the CFTC, current (the CFTC written beside the
 # title). Near-misses: 'certain traders at MLCI (Traders)' (unnamed, no title); no officer of MLCI is named in the
 # kept text
 roles=[R("James McDonald", "director", CFTC, True)],
 # No relation. **Near-misses**: futures contracts 'traded on the Commodity Exchange, Inc. (COMEX)' (MLCI traded on the
 # exchange -- a venue, not a stated partnership, supplier or customer contract: no partner); 'requires MLCI to
 # cooperate with the CFTC' (an undertaking to a regulator, not a tie); MLCI's parent (not in the text)
 relations=[],
 outages=[],
 # 'today' ('today issued') and 'Today' ("Today's enforcement action", in McDonald's words, said on the release's day)
 # -> 2019-06-25 (`published`; the same text ignoring case with the same value: one item); '2008' ('from at least
 # 2008 through 2014') -> 2008; '2014' -> 2014. Skipped: 'over a six-year period' (a span, no calendar value of its
 # own); the date line (cut); '$25 Million' (title only, an amount)
 dates=[D("today", "2019-06-25"), D("2008", "2008"), D("2014", "2014")])

# ---- Freepoint Commodities LLC, DOJ Fraud Section DPA, CFTC 8834-23, published 2023-12-14 (a Thursday) ----------------
A["us-cftc-freepoint-commodities-stamford-misappropriation-non-public-information-fuel-oil-doj-fraud-section-2023"] = dict(
 # The Commodity Futures Trading Commission ("The CFTC's order", 'the CFTC uses', 'The CFTC order' is past the cut:
 # alias 'CFTC'; the text never writes 'Commission' alone); Freepoint Commodities LLC ('Freepoint' five times: alias;
 # Company); Stamford, Connecticut ('a commodities merchant in Stamford, Connecticut': one Location, the lane's 'City,
 # State' way); U.S. ('the integrity of U.S. and global oil markets': Location, as the Vitol file's 'U.S.'); the
 # Division of Enforcement ("the Division of Enforcement's Corruption and Insider Trading Task Forces": Organization,
 # named as a body); Ian McGinley (Person); the Department of Justice ("the Department of Justice's (DOJ) Fraud
 # Section": alias 'DOJ'; Organization); the Fraud Section (Organization, a named unit of the Department, as the
 # Vitol and BP files). Not annotated: 'Corruption and Insider Trading Task Forces' -- **doubtful**: two named units of
 # the Division (the Vitol file's 'Corruption Task Force'), but written as one coordinated phrase, so neither name
 # stands whole in the text (no 'Corruption Task Force' or 'Insider Trading Task Force' string); a reader may annotate
 # 'Insider Trading Task Forces' or both; 'a South American state-owned enterprise (SOE)', "the SOE's" (unnamed;
 # 'South American' an adjective, no Location); 'the Commodity Exchange Act (CEA)', 'the CEA', 'the Foreign Corrupt
 # Practices Act' (laws); 'a deferred prosecution agreement (DPA)', 'the order' (papers); 'a commodities merchant'
 # (a description); '$91 million' (an amount)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", FP, "Freepoint"),
           E("Location", "Stamford, Connecticut"),
           E("Location", "U.S."),
           E("Organization", DOE),
           E("Person", "Ian McGinley"),
           E("Organization", DOJ, "DOJ"),
           E("Organization", FS)],
 # 'said Director of Enforcement Ian McGinley' (in a CFTC release, of 'the CFTC uses its authority') -> director at
 # the CFTC, current (51zk's HSBC file: the same words) -- **doubtful**: the Division of Enforcement is annotated here,
 # so a reader may put the role at the Division (51zk's A&A file did so where the text wrote 'Division of Enforcement
 # Director'; here the title has no 'Division'). Near-miss: 'one or more Freepoint traders' (past the cut, unnamed)
 roles=[R("Ian McGinley", "director", CFTC, True)],
 # "the Department of Justice's (DOJ) Fraud Section" -> parentOrganization(Fraud Section, Department of Justice);
 # the Division as the CFTC's -> parentOrganization(Division of Enforcement, CFTC) -- **doubtful**: the text never
 # writes 'the CFTC's Division' (a CFTC release speaking of its own Division; 51g's, 51zk's and the Vitol file's way,
 # a reader may leave the tie out). **Near-misses**: the deferred prosecution agreement 'with Freepoint' (a
 # prosecutor's agreement with a defendant, not a partnership or contract between partners: no partner); Freepoint's
 # dealings with the unnamed SOE (no named counterparty); 'in coordination with the Division ... Task Forces' (the
 # CFTC's own units, not annotated)
 relations=[L(FS, "parentOrganization", DOJ),
            L(DOE, "parentOrganization", CFTC)],
 outages=[],
 # 'today' ('today issued', 'As demonstrated today', 'today announced': the release's day each time, the same text
 # with the same value: one item) -> 2023-12-14 (`published`); '2012' ('spanned from 2012 to 2018') -> 2012; '2018'
 # -> 2018. Skipped: the date line (cut); '$91 million' (an amount)
 dates=[D("today", "2023-12-14"), D("2012", "2012"), D("2018", "2018")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
