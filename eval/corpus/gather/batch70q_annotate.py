#!/usr/bin/env python3
"""Batch 70q gold annotations (session 64; the texts of batch70q.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-70k; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'early 2025' gives its year
(as 'late 2006'); 'in the 1880s' (a decade), 'in August' (no year) and '6 March of that year', 'the next day'
(resolved only against the text's own year, as batch 29d's 'In December of that year') left out. No text tells an
outage, so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-70k): 'It is now a part of Daewoo Bus Corporation' ->
parentOrganization; an agreement under which one company 'provided the company with technical assistance and a ...
loan' ('Saenara signed an agreement with Nissan') -> partner (a licensing and supply deal); a customer named for the
company's work ('a rebuilder for the U.S. Army') -> partner (as round 70k's 'building jeeps for the US Army';
doubtful); a store and an online store 'taken over by' a department store chain ('The final Arthur Barnett store ...
and its online store was taken over by ... H & J Smith') -> nothing (an outlet purchase, GUIDELINES part 2, Relations;
doubtful: the store was the company's last); a regulator's favour ('The minister initially favored the Sammi
Corporation', 'Preference was shifted to Saenara Motors') -> nothing; a 'related' company -> nothing; founders
(GUIDELINES part 2, Roles, 'Founders'): 'established in 1880 by Ulster-born Marianne Smith' and 'Established in 1903
by Arthur Barnett' (one person each) -> founder (current true); heads of government: 'the Prime Minister at the time
Richard Seddon' -> minister of New Zealand (the country named on its own in the text), current false (as 'then-Prime
Minister Naoto Kan'); an architect, a historian and a brand ambassador ('The current official ambassador for Smith &
Caughey's is New Zealand actress Antonia Prebble') -> no role (an ambassador is none of the titles; doubtful:
other); the Minister of Trade and Industry (a post, no person named) -> no entity and no role. Types: a company's
trading and later names ('Smith & Caughey's', 'Smith and Caughey'; 'Arthur Barnett's'; 'Sinjin Motors') and former
names ('Shinjin Industrial Company'; 'Hugh Gilmore', the name the Newmarket branch 'initially operated under ...
before reverting to Smith and Caughey': doubtful) -> aliases; an eponymous trading name shared with its founder
('trading as Arthur Barnett', 'Arthur Barnett had stores') -> the surface form given to the founder, the Person (as
batch 68u's 'Franklin Simon'; doubtful); a named product sold by the store ('naming a hat the 'King Dick'') -> Service
with provider (doubtful); a government ('The Government of South Korea') and an army -> Organization; a state agency
named only inside a listing grade ('a Heritage New Zealand Category 1 Listed building') -> no entity (as a company
named only inside a product name; doubtful); a law ('Automotive Industry Promotion Law') -> no entity; streets,
suburbs, towns, cities, a district, a province ('Ulster-born' -> 'Ulster', as 'New Zealand-born'; 'Invercargill-based'
-> 'Invercargill', as round 70k's 'United Kingdom-based') -> Location; demonyms ('South Korean', 'American'; 'New
Zealand' in 'New Zealand actress' is the same Location) -> no entity of their own.
usage: batch70q_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- retail, New Zealand: Smith & Caughey's (a Wikipedia mirror) ----------------------------------------------------
SC = "Smith & Caughey Ltd"
A["wp-smith-and-caugheys"] = dict(
 # the business -> Company 'Smith & Caughey Ltd' (aliases its trading name "Smith & Caughey's", 'Smith and Caughey'
 # (the name the Newmarket branch reverted to) and 'Hugh Gilmore' (the name that branch first operated under;
 # doubtful: a reader might leave it out or read a person)); Marianne Smith, Roy Alstan Lippincott, Antonia Prebble ->
 # Person; Auckland, New Zealand, Ulster ('Ulster-born'), Queen Street ('Queen St'), City Centre, Broadway, Newmarket
 # -> Location. No entity: 'Heritage New Zealand' (only inside the listing grade 'Heritage New Zealand Category 1';
 # doubtful), 'American', 'the company', 'its online store' (unnamed)
 entities=[E("Company", SC, "Smith & Caughey's", "Smith and Caughey", "Hugh Gilmore"), E("Location", "Auckland"),
           E("Location", "New Zealand"), E("Location", "Ulster"), E("Person", "Marianne Smith"),
           E("Location", "Queen Street", "Queen St"), E("Location", "City Centre"), E("Location", "Broadway"),
           E("Location", "Newmarket"), E("Person", "Roy Alstan Lippincott"), E("Person", "Antonia Prebble")],
 # 'it was established in 1880 by Ulster-born Marianne Smith' -> founder (one woman named), current true. No role:
 # the architect who designed the Queen Street building; 'The current official ambassador for Smith & Caughey's is
 # New Zealand actress Antonia Prebble' (an ambassador is none of the titles; doubtful: other)
 roles=[R("Marianne Smith", "founder", SC)],
 # no relation: no other organisation is named in the text (the building's listing, the closure plans)
 relations=[],
 outages=[],
 # '1880', '1929', '1917', 'May 2024', 'early 2025'; left out: 'the 1880s' (a decade), 'in August' (no year)
 dates=[D("1880", "1880"), D("1929", "1929"), D("1917", "1917"), D("May 2024", "2024-05"),
        D("early 2025", "2025")])

# ---- cars, South Korea: Shinjin Motors (en.wikipedia.org) -----------------------------------------------------------
SJ = "Shinjin Motors"
A["wp-shinjin-motors"] = dict(
 # the company -> Company 'Shinjin Motors' (aliases 'Sinjin Motors' and its first name 'Shinjin Industrial
 # Company'); 'Shinjin Bus Manufacturing Company', 'Daewoo Bus Corporation', 'Sammi Corporation', 'Saenara Motors'
 # ('Saenara'), Nissan -> Company; 'U.S. Army', 'Government of South Korea' -> Organization; Bupyeong-gu, Incheon ->
 # Location. No entity: 'Automotive Industry Promotion Law' (a law), 'the Minister of Trade and Industry' (a post, no
 # person named), 'the party recently established by the military government', 'the military government' (unnamed),
 # '/ko/', 'South Korean'
 entities=[E("Company", SJ, "Sinjin Motors", "Shinjin Industrial Company"),
           E("Company", "Shinjin Bus Manufacturing Company"), E("Company", "Daewoo Bus Corporation"),
           E("Organization", "U.S. Army"), E("Organization", "Government of South Korea"),
           E("Company", "Sammi Corporation"), E("Company", "Saenara Motors", "Saenara"), E("Company", "Nissan"),
           E("Location", "Bupyeong-gu"), E("Location", "Incheon")],
 # no person named in the kept text
 roles=[],
 # 'A related bus manufacturer called "Shinjin Bus Manufacturing Company" ... It is now a part of Daewoo Bus
 # Corporation' -> parentOrganization; 'branching into the automotive field in 1958 as a rebuilder for the U.S. Army'
 # -> partner (a customer; doubtful); 'Saenara signed an agreement with Nissan which provided the company with
 # technical assistance and a USD35 million loan' -> partner. Near-misses, no relation: 'A related bus manufacturer'
 # (no tie stated), 'The minister initially favored the Sammi Corporation', 'Preference was shifted to Saenara Motors'
 # (a minister's choice), 'political contributions to the party'
 relations=[L("Shinjin Bus Manufacturing Company", "parentOrganization", "Daewoo Bus Corporation"),
            L(SJ, "partner", "U.S. Army"), L("Saenara Motors", "partner", "Nissan")],
 outages=[],
 # '1955', '1954', '1958', '1962'
 dates=[D("1955", "1955"), D("1954", "1954"), D("1958", "1958"), D("1962", "1962")])

# ---- retail, New Zealand: Arthur Barnett (en.wikipedia.org) ---------------------------------------------------------
AB = "Arthur Barnett Ltd"
A["wp-arthur-barnett-department-store"] = dict(
 # the business -> Company 'Arthur Barnett Ltd' (alias "Arthur Barnett's", 'often referred to as'; the trading name
 # 'Arthur Barnett' is the founder's surface form and goes to the Person: doubtful); H & J Smith -> Company; 'King
 # Dick' (a hat the store named) -> Service (doubtful); Arthur Barnett, Richard Seddon, Jim Sullivan -> Person;
 # Dunedin, New Zealand, George Street, Balclutha, Alexandra, Oamaru, Christchurch, Melbourne, Invercargill
 # ('Invercargill-based') -> Location. No entity: 'the Prime Minister' (a post: the role below), 'the final Arthur
 # Barnett store', 'its online store' (unnamed)
 entities=[E("Company", AB, "Arthur Barnett's"), E("Person", "Arthur Barnett"), E("Location", "Dunedin"),
           E("Location", "New Zealand"), E("Location", "George Street"), E("Location", "Balclutha"),
           E("Location", "Alexandra"), E("Location", "Oamaru"), E("Location", "Christchurch"),
           E("Location", "Melbourne"), E("Location", "Invercargill"), E("Company", "H & J Smith"),
           E("Service", "King Dick"), E("Person", "Richard Seddon"), E("Person", "Jim Sullivan")],
 # 'Established in 1903 by Arthur Barnett' -> founder, current true; 'the Prime Minister at the time Richard Seddon'
 # -> minister of New Zealand, current false ('at the time'). No role: Jim Sullivan (a writer quoted, no post named)
 roles=[R("Arthur Barnett", "founder", AB), R("Richard Seddon", "minister", "New Zealand", False)],
 # "naming a hat the 'King Dick'" -> provider(King Dick, Arthur Barnett Ltd) (doubtful). Near-miss, no relation:
 # 'The final Arthur Barnett store ... and its online store was taken over by Invercargill-based department store
 # chain H & J Smith in 2015' (a store and an online store: an outlet purchase; doubtful)
 relations=[L("King Dick", "provider", AB)],
 outages=[],
 # '1903', '1970', '1977', '2015', '1909', '1924'; left out: '6 March of that year', 'the next day' (resolved only
 # against the text's own year), 'During this time', 'over the years'
 dates=[D("1903", "1903"), D("1970", "1970"), D("1977", "1977"), D("2015", "2015"), D("1909", "1909"),
        D("1924", "1924")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
