#!/usr/bin/env python3
"""Batch 64c gold annotations (the texts of batch64c.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-63h; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a year in parentheses ('(founded 1882)') ->
the year; 'the mid-1940s' (a part of a decade, no ISO value the format takes, as batches 60c-63h), 'on 6 April' (a
day and month, its year plain only from the clause before, as batch 62d's 'on 23 September'), 'Ten years later', 'the
previous year' (relative, `published` null, as batch 62d's 'A year later'), 'By the end of World War II', 'After the
end of World War II' (an event's end), 'Within a few years', 'today' -> nothing. No text tells an outage, so every
`outages` list is empty; none tells a near-miss of one (an acquisition, a sale of stores, mergers, stores closed or
converted, a retired brand and a court case are business events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-63h): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding an organisation is `founder` ('founded in 1945 as Robinson
Airlines by aerial photographer C. S. Robinson', 'the Dexter Horton National Bank (founded 1870 by Dexter Horton)'),
two named together are each `cofounder` ('by brothers Max and Morris Feldberg', the first brother named by his first
name only, as batch 63b's 'Frank' of 'Frank and Donald Thomas'); founders current true; an occupation with no
organisation ('aerial photographer', 'creator of the Link Trainer') -> no role; 'was acquired in 1983 by X', 'X
acquired Y' and 'its acquisition by X' -> acquired and parentOrganization (GUIDELINES, Relations: completed
acquisitions; doubtful for Mohawk Airlines, which the text says operated 'until' the acquisition); 'sold the stores
to X' of a chain whose stores were then 'either closed or converted into X stores' -> acquired only (the chain
bought whole and merged away; doubtful: a reader may read a sale of stores as the binding's purchase of outlets and
give nothing); 'X's parent company, Y', 'one of its subsidiaries, Y', 'Y, parent company of Z', 'as a unit of X',
'(now part of X)', 'Its banking subsidiary, Y' and 'formed as a bank holding company for Y' -> parentOrganization;
a "merger" with no buyer told (three banks merged, Zayre Corp. merged with TJX) -> nothing (GUIDELINES, Relations);
investments in a company by named sources, loans bought from a bank, a court case -> nothing; former and later names
of one company -> aliases (GUIDELINES, Types: 'founded ... as Robinson Airlines', 'founded in 1919 as the New England
Trading Company', 'originally named ...', 'changed its name to ...', 'was using the name Firstbank'); a brand ('the
Bank of America brand') -> Service (GUIDELINES part 1: a brand users use is a Service) with provider to the company
that 'implemented' it (doubtful); aircraft models and a flight trainer -> Service (GUIDELINES, Types: devices,
aircraft models); airports -> Location (GUIDELINES, Types); a nonprofit, a university, a fraternal order and a court ->
Organization; a farmers cooperative -> Company (a business its members own; doubtful); store chains -> Company;
'American', 'African American', 'Jewish', 'the Czar's army', 'World War II', a case name -> nothing.
usage: batch64c_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airline, US: Mohawk Airlines ---------------------------------------------------------------------------------
MA = "Mohawk Airlines"
GLF = "Cooperative Grange League Federation Exchange"
A["wp-mohawk-airlines"] = dict(
 # the airline -> Company 'Mohawk Airlines', alias 'Robinson Airlines' (the name it was 'founded in 1945 as',
 # GUIDELINES, Types); Allegheny Airlines, Robinson Aviation, Agway and the Cooperative Grange League Federation
 # Exchange ('a farmers cooperative', a business its members own; doubtful: a reader might take a cooperative for a
 # non-business Organization) -> Company; Ithaca Enterprises ('a nonprofit organization'), The Grange (its members'
 # order, as written with 'The') and Cornell University -> Organization; C. S. Robinson (alias 'Robinson', 'Robinson
 # secured investments') and Edwin Albert Link -> Person; the aircraft models Fairchild F-24 (from 'Fairchild F-24s';
 # alias 'Fairchilds', 'the Fairchilds were supplemented'), Cessna T-50 (from 'Cessna T-50s') and Beechcraft Model 18
 # (from 'Beechcraft Model 18s') and the Link Trainer -> Service (GUIDELINES, Types: aircraft models, devices; makers
 # named only inside the models' names get no entity); the Mid-Atlantic (a region), the United States, New York (the
 # state: 'mainly in New York and Pennsylvania', 'Ithaca, New York', 'Whitestown, New York'), Pennsylvania, Ithaca,
 # Whitestown and the airports Ithaca Municipal Airport and Oneida County Airport -> Location. No entity: 'World War
 # II' (an event), 'African American' (an adjective), 'a local service carrier', 'a variety of local sources',
 # 'new businesses' (unnamed)
 entities=[E("Company", MA, "Robinson Airlines"), E("Location", "Mid-Atlantic"), E("Location", "United States"),
           E("Location", "New York"), E("Location", "Pennsylvania"), E("Company", "Allegheny Airlines"),
           E("Location", "Ithaca Municipal Airport"), E("Location", "Ithaca"), E("Location", "Oneida County Airport"),
           E("Location", "Whitestown"), E("Person", "C. S. Robinson", "Robinson"), E("Company", "Robinson Aviation"),
           E("Service", "Fairchild F-24", "Fairchilds"), E("Service", "Cessna T-50"),
           E("Service", "Beechcraft Model 18"), E("Organization", "Ithaca Enterprises"), E("Company", GLF),
           E("Company", "Agway"), E("Organization", "The Grange"), E("Organization", "Cornell University"),
           E("Person", "Edwin Albert Link"), E("Service", "Link Trainer")],
 # 'The airline was founded in 1945 as Robinson Airlines by aerial photographer C. S. Robinson' -> founder at Mohawk
 # Airlines (one person named alone, GUIDELINES, Roles, 'Founders'), current true. Near-misses, no role: 'aerial
 # photographer' (an occupation, no organisation); Edwin Albert Link, 'creator of the Link Trainer' ('the involvement
 # of', no post told; the cut sentence on his loan is not in the text; a reader might give him a post at the airline); C. S. Robinson at Robinson
 # Aviation (the text does not say he owned or led it)
 roles=[R("C. S. Robinson", "founder", MA)],
 # 'from the mid-1940s until its acquisition by Allegheny Airlines in 1972' -> acquired(Allegheny Airlines, Mohawk
 # Airlines) and parentOrganization(Mohawk Airlines, Allegheny Airlines) (a completed purchase, GUIDELINES,
 # Relations; doubtful: 'operating ... until its acquisition' says the airline ended then, and a reader might read it
 # as merged away and keep acquired only, as batch 63h's Western Pacific; the text does not say merged); 'as a unit of
 # Robinson Aviation' -> parentOrganization(Mohawk Airlines, Robinson Aviation); 'the Cooperative Grange League
 # Federation Exchange (now part of Agway)' -> parentOrganization(Cooperative Grange League Federation Exchange,
 # Agway). Near-misses, no relation: 'Robinson secured investments from ... Ithaca Enterprises, ... the Cooperative
 # Grange League Federation Exchange ..., and Cornell University' (investors of unstated stakes: no parent link, and
 # no partner, which the format keeps for partnerships, ventures, supply and customer ties; doubtful beside batch
 # 63h's 'Construction was financed by X' -> partner, a named company paying for a named project, where here the
 # sources buy into the airline itself); 'organized by members of The Grange' (its members, not the order, organised
 # it: no parent link); the Link Trainer (a device a person created: no provider, which joins a Service to a Company)
 relations=b10.acq("Allegheny Airlines", MA) + [L(MA, "parentOrganization", "Robinson Aviation"),
                                                 L(GLF, "parentOrganization", "Agway")],
 outages=[],
 # 'in 1972', 'in 1958' and 'until 1958' (one item), 'in 1945', 'in 1946' -> the years. No date: 'the mid-1940s' (a
 # part of a decade); 'on 6 April' (no year of its own; as batch 62d's 'on 23 September'); 'After the end of World
 # War II' (an event); '2,200' (a count)
 dates=[D("1972", "1972"), D("1958", "1958"), D("1945", "1945"), D("1946", "1946")])

# ---- retail, US: Zayre ------------------------------------------------------------------------------------------
ZY = "Zayre"
ZC = "Zayre Corp."
AM = "Ames Department Stores, Inc."
A["wp-zayre"] = dict(
 # the chain -> Company 'Zayre', alias 'New England Trading Company' (the name it 'was founded in 1919 as',
 # GUIDELINES, Types; doubtful: a reader might tie the 1919 company to Zayre Corp., the parent, which the text does
 # not); Zayre Corp., Ames Department Stores, Inc. (alias 'Ames', 'converted into Ames stores'), TJX, T.J. Maxx, Bell
 # Hosiery Shops (alias 'Bell Shops', 'later shortened to "Bell Shops"'), Lerner Shops and Three Sisters -> Company
 # (store chains, as the corpus's retailers); 'brothers Max and Morris Feldberg' -> Person 'Max' (the first name only,
 # as batch 63b's 'Frank' of 'Frank and Donald Thomas'; the cut infobox's 'Max Feldberg' is not in the text) and Person
 # 'Morris Feldberg'; the United States, Framingham, Massachusetts, Boston, Chelsea, Russia and New England ('the New
 # England area') -> Location. No entity: 'The brothers', 'the Feldbergs' (not written), 'the Czar's army' (no name),
 # 'World War II' (an event), 'Jewish' (an adjective), 'full-line department stores and specialty shops' (unnamed)
 entities=[E("Company", ZY, "New England Trading Company"), E("Location", "United States"),
           E("Location", "Framingham"), E("Location", "Massachusetts"), E("Company", ZC), E("Company", AM, "Ames"),
           E("Company", "TJX"), E("Company", "T.J. Maxx"), E("Location", "Boston"), E("Person", "Max"),
           E("Person", "Morris Feldberg"), E("Location", "Russia"), E("Location", "Chelsea"),
           E("Company", "Bell Hosiery Shops", "Bell Shops"), E("Company", "Lerner Shops"),
           E("Company", "Three Sisters"), E("Location", "New England")],
 # 'Zayre was founded in 1919 as the New England Trading Company ... by brothers Max and Morris Feldberg' ->
 # cofounder at Zayre for each (two people named together as founding it, GUIDELINES, Roles, 'Founders'), current
 # true. Near-misses, no role: the cut infobox's 'Malcolm L. Sherman, CEO' (not in the text); 'the brothers launched
 # their first retail operation, Bell Hosiery Shops' (a founding told of the brothers, but a reader might add
 # cofounder at Bell Hosiery Shops; doubtful: 'launched ... their first retail operation' reads as the company's own
 # next step, and the format gives the founders' posts once, at the company the text says they founded)
 roles=[R("Max", "cofounder", ZY), R("Morris Feldberg", "cofounder", ZY)],
 # "Zayre's parent company, Zayre Corp." -> parentOrganization(Zayre, Zayre Corp.); 'Zayre Corp., sold the stores to
 # the competing Ames Department Stores, Inc. chain' with 'all stores were either closed or converted into Ames
 # stores' -> acquired(Ames Department Stores, Inc., Zayre) only (the chain bought whole and merged away, as batch
 # 63h's Western Pacific; doubtful: a reader holding to the binding's 'asset purchases (plants, outlets, assets):
 # nothing' may give no relation to 'sold the stores'); 'merged with one of its subsidiaries, TJX' ->
 # parentOrganization(TJX, Zayre Corp.); 'TJX, parent company of T.J. Maxx' -> parentOrganization(T.J. Maxx, TJX).
 # Near-misses, no relation: 'Zayre Corp. merged with ... TJX' (a merger with no buyer told, GUIDELINES, Relations; a
 # reader might add acquired either way); Bell Hosiery Shops under Zayre (the text has the brothers, not the company,
 # launch it: no parent link; doubtful); 'competing' Ames and the chains Bell Shops competed with, Lerner Shops and
 # Three Sisters (competition, no partner); 'a supplier to full-line department stores and specialty shops'
 # (customers unnamed)
 relations=[L(ZY, "parentOrganization", ZC), L(AM, "acquired", ZY), L("TJX", "parentOrganization", ZC),
            L("T.J. Maxx", "parentOrganization", "TJX")],
 outages=[],
 # 'from 1956 to 1990' ('1956', '1990'; 'until 1990' the same text and value, one item), 'In October 1988', 'In June
 # 1989', 'in 1919' -> the years and months. No date: 'Ten years later' (relative, `published` null), 'Within a few
 # years', 'By the end of World War II' (an event's end), 'today', 'nearly 30' (a count)
 dates=[D("1956", "1956"), D("1990", "1990"), D("October 1988", "1988-10"), D("June 1989", "1989-06"),
        D("1919", "1919")])

# ---- banking, US: Seafirst Corporation ---------------------------------------------------------------------------
SC = "Seafirst Corporation"
SB = "Seattle-First National Bank"
DH = "Dexter Horton National Bank"
A["wp-seafirst-corporation"] = dict(
 # the holding company -> Company 'Seafirst Corporation', alias 'Seafirst' ('Seafirst was acquired in 1983 by
 # BankAmerica', 'the Seafirst brand'); its bank -> Company 'Seattle-First National Bank' (the fullest and latest name
 # the text gives), aliases 'Seafirst Bank' ('Its banking subsidiary, Seafirst Bank'; doubtful: the text never says
 # the two names are one bank, but the holding company 'was formed as a bank holding company for the Seattle-First
 # National Bank' and names one banking subsidiary; a reader might keep two entities), 'First Seattle Dexter Horton
 # National Bank' ('the bank was originally named'), 'First National Bank of Seattle' ('changed its name to') and
 # 'Firstbank' ('was using the name') (GUIDELINES, Types: former names are aliases); BankAmerica, Penn Square Bank,
 # NationsBank, the First National Bank Group, the Dexter Horton National Bank and Seattle National Bank -> Company;
 # Dexter Horton -> Person; the US Supreme Court -> Organization (a court); 'the Bank of America brand' -> Service
 # 'Bank of America' (a brand, GUIDELINES part 1; doubtful: a reader might take the bank itself, a Company); Seattle
 # and Washington (the state: 'Seattle, Washington', 'the largest bank in Washington') -> Location. No entity:
 # 'United States v. Seattle-First Nat. Bank' (a case's name: neither 'United States' nor 'Seattle-First Nat. Bank'
 # in it is annotated, as laws and events are not, GUIDELINES, Types; a reader might add the bank's alias); 'American'
 # (an adjective); 'Seattle's three largest banks' (named after it, not an entity of its own)
 entities=[E("Company", SC, "Seafirst"), E("Location", "Seattle"), E("Location", "Washington"),
           E("Company", SB, "Seafirst Bank", "First Seattle Dexter Horton National Bank",
             "First National Bank of Seattle", "Firstbank"),
           E("Company", "BankAmerica"), E("Company", "Penn Square Bank"), E("Company", "NationsBank"),
           E("Service", "Bank of America"), E("Company", "First National Bank Group"), E("Company", DH),
           E("Person", "Dexter Horton"), E("Company", "Seattle National Bank"), E("Organization", "US Supreme Court")],
 # 'the Dexter Horton National Bank (founded 1870 by Dexter Horton)' -> founder at Dexter Horton National Bank (one
 # person named alone, GUIDELINES, Roles, 'Founders'), current true (no leaving told; the bank merged away in 1929,
 # and a reader might give current false, but the format's `current` follows the text's words, none here)
 roles=[R("Dexter Horton", "founder", DH)],
 # 'Its banking subsidiary, Seafirst Bank' and 'formed as a bank holding company for the Seattle-First National Bank'
 # -> parentOrganization(Seattle-First National Bank, Seafirst Corporation); 'Seafirst was acquired in 1983 by
 # BankAmerica' -> acquired and parentOrganization (a completed purchase; 'the Seafirst brand was retired in 1999' ends
 # a brand, not the company: no merger told); 'NationsBank acquired BankAmerica the previous year' -> acquired and
 # parentOrganization (as written: 'acquired'; the text tells no merger of the two); 'NationsBank ... subsequently
 # implemented the Bank of America brand nationwide' -> provider(Bank of America, NationsBank) (a brand the company
 # puts in place; doubtful). Near-misses, no relation: 'Formed in 1929 via the merger of Seattle's three largest
 # banks' and 'formed ... from the merger of ... the First National Bank Group ..., the Dexter Horton National Bank
 # ..., and Seattle National Bank' (a merger with no buyer told, GUIDELINES, Relations: no acquired, and no parent
 # link of the three to the new bank, merged into it; a reader might add parentOrganization of each); 'loans it
 # purchased from the failed Penn Square Bank' (an asset purchase, GUIDELINES, Relations: nothing; no partner); the
 # case 'before the US Supreme Court' (a litigant, no relation); 'the Seafirst brand' (a brand of Seafirst
 # Corporation's own name: no Service entity apart from the company, the surface form being the company's alias)
 relations=[L(SB, "parentOrganization", SC)] + b10.acq("BankAmerica", SC) + b10.acq("NationsBank", "BankAmerica") +
           [L("Bank of America", "provider", "NationsBank")],
 outages=[],
 # 'Formed in 1929', 'in 1983', 'in 1999', 'on November 11, 1929' (another text, the same year: its own item, the
 # day), '(founded 1882)', '(founded 1870 ...)', '(founded 1889)', 'In 1931', 'in 1935', 'In 1944', 'In 1970', 'on
 # July 1, 1974' -> the years and days. No date: 'the previous year' (relative, `published` null, as batch 62d's 'A
 # year later'; a reader might resolve it to 1998 against '1999'); '235 branches and 497 ATMs' (counts)
 dates=[D("1929", "1929"), D("1983", "1983"), D("1999", "1999"), D("November 11, 1929", "1929-11-11"),
        D("1882", "1882"), D("1870", "1870"), D("1889", "1889"), D("1931", "1931"), D("1935", "1935"),
        D("1944", "1944"), D("1970", "1970"), D("July 1, 1974", "1974-07-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
