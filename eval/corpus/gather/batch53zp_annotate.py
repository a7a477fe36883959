#!/usr/bin/env python3
"""Batch 53zp gold annotations (the texts of batch53zp.py: the SEC's Litigation Release No. 23342 of 10 September 2015
-- fraud charges against 'a New York City businessman, his company, family members, and business associates':
'Benjamin Wey and New York Global Group (NYGG)', 'his wife Michaela Wey and sister Tianyi Wei, their Switzerland-based
broker Seref Dogan Erbek, and two attorneys Robert Newman and William Uchimoto', and the parallel criminal charges of
'the U.S. Attorney's Office for the Southern District of New York'; and its press release of 13 September 2024 --
'settled charges against Zymergen Inc., an Emeryville, California-based biotechnology company', its 'only commercially
available product, an electronics film named Hyaline', 'Monique C. Winkler, Director of the SEC's San Francisco Regional
Office'), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev, train (batch10_annotate's write_parts): Wey -> test, Zymergen -> train. Dates resolve
against `published`.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl; looked up in
GATHERING.md and GUIDELINES) -- the Commission under its full name with alias 'SEC' where the text writes both; 'X-based'
-> the place as a Location (GUIDELINES' record of the corpus's 'X-based' cases; 'Santa Clara, California' one Location
in the lane's Trident text, so 'Emeryville, California' one Location); a named product users buy -> Service, with
provider to the company whose product the text says it is; 'Director of the SEC's <City> Regional Office' -> director at
the Office, and the Office parentOrganization the SEC (40zm, 41j, 41m); a US Attorney's Office named in full ->
Organization (51i), no parent unless the text names the Department; a person tied to a company only by 'his company'
or 'owner' -> no role (40zm's precedent); occupations with no organisation named ('broker', 'attorneys') -> no role; a
family tie is no relation (only the four predicates); defined short names in parentheses ('(NYGG)') -> aliases; a
release's 'today' -> the release date; one date item per distinct text and value.
usage: batch53zp_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54zp/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
NYGG = "New York Global Group"
USAO = "U.S. Attorney's Office for the Southern District of New York"
ZY = "Zymergen Inc."
SFRO = "San Francisco Regional Office"
A = {}

# ---- Benjamin Wey / New York Global Group, LR 23342, published 2015-09-10 (a Thursday) ---------------------------------
A["us-sec-benjamin-wey-new-york-global-group-nygg-wife-sister-swiss-broker-erbek-chinese-reverse-mergers-fraud-2015"] = dict(
 # The Securities and Exchange Commission ('The SEC alleges', 'SEC reporting requirements': alias 'SEC'); New York City
 # (Location: 'a New York City businessman' -- **doubtful**: the city stands as a modifier of 'businessman', but it is
 # a named place, and the corpus annotates the place in 'X-based'; a stricter reader leaves it out); the United States
 # ('in the United States': Location); Benjamin Wey ('Wey and his wife': alias 'Wey' -- Michaela Wey is always written
 # in full, so the bare surname is his); New York Global Group ('(NYGG)', 'NYGG': alias; Company -- 'his company', a
 # business that 'structured reverse mergers between clients and publicly-traded shell companies'); Michaela Wey and
 # Tianyi Wei (Persons; 'Wei' as written, not 'Wey'); Switzerland ('Switzerland-based broker': Location, as 'X-based');
 # Seref Dogan Erbek ('Dogan Erbek' in the last paragraph: alias); Robert Newman and William Uchimoto (Persons); the U.S.
 # Attorney's Office for the Southern District of New York (Organization, 51i; 'Southern District of New York' inside
 # the office's name: no Location, 41p). Not annotated: 'Chinese companies' (an adjective and unnamed companies: no
 # Location, near-miss), 'clients', 'publicly-traded shell companies', 'the newly listed companies' (unnamed), 'a vast
 # network of foreign accounts', 'family members', 'business associates' (unnamed or generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Location", "New York City"),
           E("Location", "United States"),
           E("Person", "Benjamin Wey", "Wey"),
           E("Company", NYGG, "NYGG"),
           E("Person", "Michaela Wey"),
           E("Person", "Tianyi Wei"),
           E("Location", "Switzerland"),
           E("Person", "Seref Dogan Erbek", "Dogan Erbek"),
           E("Person", "Robert Newman"),
           E("Person", "William Uchimoto"),
           E("Organization", USAO)],
 # No role. **Doubtful** / near-miss: Benjamin Wey at New York Global Group -- the text calls him 'a New York City
 # businessman' with 'his company' and pairs 'Benjamin Wey and New York Global Group (NYGG)', but names no post (an
 # owner or boss with no title gets no role, 40zm's precedent; a reader who knows him as NYGG's CEO or founder would
 # add ceo or founder, which the kept text does not state -- the most likely reader addition). Near-misses: Erbek
 # 'their Switzerland-based broker' (an occupation, no firm named); Newman and Uchimoto 'two attorneys' (no firm); the
 # wife and sister (family ties, no post)
 roles=[],
 # No relation. Near-misses: Wey's 'company' NYGG (a person-to-company tie: a role matter, above; no predicate joins a
 # Person to a Company); the SEC's action and the U.S. Attorney's Office's 'parallel action' (two authorities acting
 # side by side: no partner); the family ties (no predicate); NYGG's 'clients' (unnamed)
 relations=[],
 outages=[],
 # 'today' (twice: the SEC's charges and the U.S. Attorney's Office's charges, one text and value) -> 2015-09-10.
 # Skipped: 'more than five percent' (no date); the left-out caption's 'September 10, 2015' and the left-out UPDATE
 # line (not text)
 dates=[D("today", "2015-09-10")])

# ---- Zymergen Inc., SEC press release, published 2024-09-13 (a Friday) -----------------------------------------------
A["us-sec-zymergen-emeryville-biotech-hyaline-film-misleading-ipo-investors-san-francisco-regional-office-settled-2024"] = dict(
 # The Securities and Exchange Commission ("the SEC's charges", "the SEC's order": alias 'SEC'); Zymergen Inc.
 # ('Zymergen' throughout: alias; Company, 'a biotechnology company'); Emeryville, California ('an Emeryville,
 # California-based biotechnology company': one Location, as the lane's 'Santa Clara, California'); Hyaline (Service:
 # 'its only commercially available product, an electronics film named Hyaline' -- a product customers buy;
 # **doubtful** type only in that it is a material, a film, rather than an app or device, but GUIDELINES give products
 # users buy as Service); Monique C. Winkler (Person); the San Francisco Regional Office (Organization; "the SEC's San
 # Francisco Regional Office" -- the Office's name without the possessive, as 41m's 'San Francisco Regional Office').
 # Not annotated: 'IPO', 'research analysts', 'investors' (no named exchange, firm or person), 'electronics display
 # market' (a market, not an entity), the bankruptcy (no court named in the kept text)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", ZY, "Zymergen"),
           E("Location", "Emeryville, California"),
           E("Service", "Hyaline"),
           E("Person", "Monique C. Winkler"),
           E("Organization", SFRO)],
 # 'Monique C. Winkler, Director of the SEC's San Francisco Regional Office' -> director at the Office, current true
 # (the lane's reading of 'Director of the SEC's <City> Regional Office', 40zm, 41j, 41m; a reader may set head, as the
 # director leads the Office -- **doubtful** between director and head, the lane's recorded choice kept). No role at
 # Zymergen: no officer of it is named in the kept text (near-miss: the company-only release)
 roles=[R("Monique C. Winkler", "director", SFRO, True)],
 # provider(Hyaline, Zymergen Inc.) -- 'its only commercially available product, an electronics film named Hyaline'
 # (the company's own product); parentOrganization(San Francisco Regional Office, Securities and Exchange Commission)
 # -- "the SEC's San Francisco Regional Office" (40zm, 41j, 41m). Near-misses: the IPO's underwriters and the research
 # analysts (unnamed); 'filed for bankruptcy' (no buyer or successor named)
 relations=[L("Hyaline", "provider", ZY),
            L(SFRO, "parentOrganization", SEC)],
 outages=[],
 # 'today' (the settled charges) -> 2024-09-13; 'April 2021' (the IPO) -> 2021-04; '2023' ('filed for bankruptcy in
 # 2023') -> 2023. Skipped: "Today's order" (same value as 'today', one item per distinct text and value taken
 # case-blind, as the lane's earlier 'today' items); the left-out distribution line's '09/13/2024' (not text)
 dates=[D("today", "2024-09-13"), D("April 2021", "2021-04"), D("2023", "2023")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
