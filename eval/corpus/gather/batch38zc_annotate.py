#!/usr/bin/env python3
"""Batch 38zc gold annotations (the texts of batch38zc.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): voa-hong-kong-us-open-skies-cathay-pacific-fitch-thai-banks-2002 -> test,
voa-hutchison-buys-kruidvat-datacraft-probe-mizuho-payment-system-2002 -> train,
voa-hutchison-kpn-3g-dispute-sp-cheung-kong-airport-authority-2003 -> dev. Relative dates resolve against each
story's `published` (from its address): 2002-10-21, 2002-08-26, 2003-06-16 (Mondays).
Conventions (GUIDELINES.md part 2; the VOA business lanes of batches 38m, 38o, 38w, 38x and 38z): a completed purchase
('has purchased', 'its purchase of ... two years ago') -> acquired AND parentOrganization; 'its A.S. Watson ...
business', 'its parent company' -> parentOrganization; 'its European partner, KPN' -> partner; a rating agency's
upgrade or cut, a lawsuit, a demanded buy-out -> nothing; 'the head of the Airport Authority' -> head; a 'Chief
Economist' at an investment bank speaking on growth -> analyst; 'an associate director with' a broker commenting on
a company -> analyst (doubtful); the collapse of a bank's payment system -> an outage with the bank as provider.
Airports are Location; state lenders ('the government-owned Korean Export-Import Bank') are Organization (as batch
26e's Export-Import Bank of Japan); rating agencies are Company. Owners without a title (Li Ka-shing) get no role.
usage: batch38zc_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39zc/pool /tmp/gather39zc/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10


A = {}

# ---- Hong Kong-US air services deal, Andy Xie, Fitch's upgrade of four Thai banks (published 2002-10-21) ----------
A["voa-hong-kong-us-open-skies-cathay-pacific-fitch-thai-banks-2002"] = dict(
 # 'The United States' / 'U.S.' ('U.S. airlines', 'U.S. carriers') -> Location, alias 'U.S.' ('American cities',
 # 'American carriers' adjectives: nothing); 'Hong Kong' (seven times) -> Location; "Hong Kong's main carrier Cathay
 # Pacific Airways" -> Company; 'American Airlines' -> Company; "Hong Kong's Chep Lap Kok airport" (as written, for
 # Chek Lap Kok) -> Location (an airport; "Hong Kong's international airport" the same airport, a description: no
 # alias); 'Asia', 'China' (four times), 'Southeast Asia', "Thailand's" / 'Thailand', 'London' ('The London-based
 # agency') -> Location; "China's National Bureau of Statistics" -> Organization; 'Andy Xie' / 'Mr. Xie' -> Person,
 # alias 'Xie'; 'Morgan Stanley Asia' -> Company; 'Fitch Ratings' -> Company (a rating agency run as a business);
 # 'Bangkok Bank', 'Krung Thai Bank', 'Thai Farmers Bank', 'Siam Commercial Bank' -> Company (Bangkok and Siam named
 # only inside bank names: not annotated on their own). 'the Asian Financial Crisis' (an event): nothing
 entities=[E("Location", "United States", "U.S."), E("Company", "Cathay Pacific Airways"),
           E("Company", "American Airlines"), E("Location", "Chep Lap Kok airport"),
           E("Organization", "National Bureau of Statistics"), E("Person", "Andy Xie", "Xie"),
           E("Company", "Morgan Stanley Asia"), E("Company", "Fitch Ratings"), E("Company", "Bangkok Bank"),
           E("Company", "Krung Thai Bank"), E("Company", "Thai Farmers Bank"), E("Company", "Siam Commercial Bank")]
          + locs("Hong Kong", "Asia", "China", "Southeast Asia", "Thailand", "London"),
 # 'Chief Economist Andy Xie with Morgan Stanley Asia' on China's growth -> analyst of Morgan Stanley Asia (an
 # economist at a bank speaking about markets, GUIDELINES.md)
 roles=[R("Andy Xie", "analyst", "Morgan Stanley Asia")],
 # Cathay Pacific Airways may 'code share with American carriers' (unnamed) and American Airlines 'will enjoy
 # code-share arrangements on carriers operating out of Hong Kong' (unnamed): rights under a government deal, no
 # named pair -> nothing (doubtful: a reader may pair Cathay Pacific and American Airlines). Fitch's upgrades: nothing
 relations=[],
 outages=[],
 # 'agreed Saturday' -> 'Saturday' 2002-10-19 (the Saturday before Monday 21 October 2002); 'for 2002' -> '2002'.
 # Left out: 'three years of tough negotiations' (a span), 'last week' (skipped, GUIDELINES.md), 'the late 1990s'
 # (a decade's part)
 dates=[D("Saturday", "2002-10-19"), D("2002", "2002")])

# ---- Hutchison buys Kruidvat, Datacraft Asia probe, Mizuho's payment system (published 2002-08-26) ----------------
HW = "Hutchison Whampoa"
A["voa-hutchison-buys-kruidvat-datacraft-probe-mizuho-payment-system-2002"] = dict(
 # 'Hong Kong' (five times), 'Singapore' (twice), 'UK' ('UK discount retailer'), 'Tokyo' -> Location ('European',
 # 'Dutch' adjectives: nothing); 'Li Ka-shing' -> Person; "Li Ka-shing's Hutchison Whampoa" / "Hutchison Whampoa's" /
 # "Hutchison's" (twice) -> Company, alias 'Hutchison'; 'Dutch drugstore retailer Kruidvat Group' -> Company; 'its A.S.
 # Watson drugstore and supermarket business' -> Company 'A.S. Watson'; 'UK discount retailer Savers' -> Company;
 # 'Geoff Galbraith' -> Person; 'South China Securities' -> Company; 'computer and telecommunications company, Datacraft
 # Asia' / "Datacraft's" / 'Datacraft' -> Company, alias 'Datacraft'; 'Mizuho, the world's largest banking group' ->
 # Company. The unnamed 'white-collar crime unit', 'the municipal government' and 'Datacraft's chairman': nothing
 entities=[E("Person", "Li Ka-shing"), E("Company", HW, "Hutchison"), E("Company", "Kruidvat Group"),
           E("Company", "A.S. Watson"), E("Company", "Savers"), E("Person", "Geoff Galbraith"),
           E("Company", "South China Securities"), E("Company", "Datacraft Asia", "Datacraft"), E("Company", "Mizuho")]
          + locs("Hong Kong", "UK", "Singapore", "Tokyo"),
 # 'Geoff Galbraith, an associate director with South China Securities in Hong Kong', quoted on Hutchison's strategy
 # -> analyst of South China Securities (a broker's commentator; doubtful: 'associate director' may be read as
 # director or executive). 'Datacraft's chairman' is unnamed: no role. Li Ka-shing ('Hong Kong tycoon', owner): no role
 roles=[R("Geoff Galbraith", "analyst", "South China Securities")],
 # 'The company has purchased Dutch drugstore retailer Kruidvat Group for $1.3 billion' (completed) -> acquired AND
 # parentOrganization; 'its purchase of UK discount retailer Savers two years ago' (completed) -> acquired AND
 # parentOrganization; "Hutchison Whampoa's European interests already include its A.S. Watson drugstore and
 # supermarket business" -> parentOrganization(A.S. Watson, Hutchison Whampoa)
 relations=[L(HW, "acquired", "Kruidvat Group"), L("Kruidvat Group", "parentOrganization", HW),
            L(HW, "acquired", "Savers"), L("Savers", "parentOrganization", HW),
            L("A.S. Watson", "parentOrganization", HW)],
 # 'the collapse of the lender's computerized payment system in April' -> one outage: provider Mizuho (whose system
 # failed), date 2002-04 (the April before 26 August 2002); the Tokyo city government, which wants compensation for
 # payment delays, is unnamed: affected empty; location 'Tokyo' (the story is told from Tokyo; doubtful: the text
 # does not place the system); cause not stated ('collapse' is the event)
 outages=[O("Mizuho", "2002-04", [], loc="Tokyo")],
 # 'two years ago' -> 2000; 'a profit warning in November' -> 'November' 2001-11 (the last November before 26 August
 # 2002); 'The news pushed the company's stock to a four-and-a-half-year-low Friday' -> 'Friday' 2002-08-23; 'in April'
 # -> 'April' 2002-04
 dates=[D("two years ago", "2000"), D("November", "2001-11"), D("Friday", "2002-08-23"), D("April", "2002-04")])

# ---- S&P cuts Hutchison and Cheung Kong, the KPN dispute, the Airport Authority on SARS (published 2003-06-16) -----
AA = "Hong Kong Airport Authority"
A["voa-hutchison-kpn-3g-dispute-sp-cheung-kong-airport-authority-2003"] = dict(
 # 'Hong Kong' (seven times, besides the Authority's name), 'Europe', 'Asia', 'South Korea', 'Seoul' -> Location
 # ('European', 'Dutch' adjectives: nothing); 'Standard and Poor's' -> Company ('The credit agency': a description, no
 # alias); "Hong Kong's Hutchison Whampoa" / 'Hutchison' (six times) -> Company, alias 'Hutchison'; 'its parent
 # company, Cheung Kong Holdings' -> Company; 'its European partner, KPN' / "KPN's" -> Company; 'Li Ka-shing' ->
 # Person; 'The Hong Kong Airport Authority' / 'the Airport Authority' -> Organization (a statutory body, as batch
 # 38z), alias 'Airport Authority'; "Hong Kong's Chek Lap Kok airport" -> Location (an airport); 'David Pang' / 'Mr.
 # Pang' -> Person, alias 'Pang'; 'Cathay Pacific' (twice) -> Company; 'the European Union' / 'The EU' ->
 # Organization, alias 'EU'; 'a World Trade Organization arbitration panel' -> Organization 'World Trade
 # Organization'; 'the government-owned Korean Export-Import Bank' -> Organization (a state lender, as batch 26e's
 # Export-Import Bank of Japan). 'three-G mobile phone services', 'that three-G venture' (unnamed): nothing; SARS (a
 # disease): nothing
 entities=[E("Company", "Standard and Poor's"), E("Company", "Hutchison Whampoa", "Hutchison"),
           E("Company", "Cheung Kong Holdings"), E("Company", "KPN"), E("Person", "Li Ka-shing"),
           E("Organization", AA, "Airport Authority"), E("Location", "Chek Lap Kok airport"),
           E("Person", "David Pang", "Pang"), E("Company", "Cathay Pacific"),
           E("Organization", "European Union", "EU"), E("Organization", "World Trade Organization"),
           E("Organization", "Korean Export-Import Bank")]
          + locs("Hong Kong", "Europe", "Asia", "South Korea", "Seoul"),
 # 'David Pang, the head of the Airport Authority' -> head of the Hong Kong Airport Authority (as written; batch 38z
 # gave him ceo from 'chief executive officer' in 2005). Li Ka-shing ('owned by Hong Kong's wealthiest tycoon'): no role
 roles=[R("David Pang", "head", AA)],
 # "Hong Kong's Hutchison Whampoa and its parent company, Cheung Kong Holdings" -> parentOrganization(Hutchison
 # Whampoa, Cheung Kong Holdings); 'Hutchison is suing its European partner, KPN' (partners in the three-G venture,
 # KPN holding a 15 percent stake) -> partner(Hutchison Whampoa, KPN), direction as written. Pang's 'project
 # specifically working with Cathay Pacific' -> nothing (joint work on traffic, not a stated partnership; doubtful).
 # S&P's rating cut, the demanded buy-out of KPN's stake (not agreed): nothing
 relations=[L(HW, "parentOrganization", "Cheung Kong Holdings"), L(HW, "partner", "KPN")],
 outages=[],
 # 'for the month of May' -> 'May' 2003-05; 'compared with a year earlier' -> 'a year earlier' 2002-05 (a year before
 # May 2003); 'For next month' -> 'next month' 2003-07. Left out: 'this week' (skipped, GUIDELINES.md)
 dates=[D("May", "2003-05"), D("a year earlier", "2002-05"), D("next month", "2003-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
