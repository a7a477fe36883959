#!/usr/bin/env python3
"""Batch 56p gold annotations (the texts of batch56p.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b and 56j; batch10_annotate.write_parts), so with three texts: test,
train, dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'today',
'currently', 'Since then', 'previously', 'a few years later' and 'Initially' -> nothing. No text tells an outage, so
every `outages` list is empty, and none tells a near-miss of one (court proceedings, a fine and a central bank's
investigation of a surcharge are no lost service; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55c, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b,
56f, 56j): 'founder and CEO' -> founder and ceo, current true (the text's present tense); 'founder and executive
chairman' -> founder and chairman ('executive chairman' -> chairman, GUIDELINES section 2), current true; 'founded ...
by A' -> founder; 'doing business as <name>' -> the trade name an alias of the company (batch 55c); a company's former
name ('went on to found Rakon Industries (RIL)') -> aliases (GUIDELINES, Types); 'X sold Y to Z' -> acquired(Z, Y) and
parentOrganization(Y, Z); 'a joint venture with X in Y' -> parentOrganization(Y, each partner) and partner(the two
partners), as batch 55c read 'a joint venture between X and Y' (the 49% interest is the company's share of the venture,
not a stake bought in a company); a payment system and restaurant brands -> Service with provider to the company that
runs them (restaurant brands as batches 55zb and 56f typed them); a unit listed among the group's parts ('The Spur
Group consists of Spur International, ...') -> parentOrganization for a unit named as a business, provider for a
brand; courts, central banks and a named inquiry -> Organization; a government post office (the NZPO) ->
Organization; stock exchanges -> Company (the ASX, the JSE), a stock index ('ASX 200') -> no entity, a ticker ('CAB' in
'ASX: CAB', 'SUR') -> no entity; a named single restaurant ('the Golden Spur') -> Location (a named site; no relation);
unnamed subsidiaries, joint venture operations and franchisees -> nothing; nationality adjectives ('Australian',
'South African', 'Singapore-based' as a place -> Location 'Singapore').
usage: batch56p_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- transport, Australia: Cabcharge Australia Ltd -----------------------------------------------------------------
CA = "Cabcharge Australia Ltd"
CDG = "ComfortDelGro Corporation Ltd"
CDC = "ComfortDelGro Cabcharge Pty Ltd"
A["wp-cabcharge-australia"] = dict(
 # the company -> Company 'Cabcharge Australia Ltd', alias 'CAB' (the text's own short form: '(CAB)', 'Subsidiaries of
 # CAB'; also its ticker in 'ASX: CAB', the same string); the payment system it established ('Cabcharge, an account
 # payment system', 'its Cabcharge taxi payment system') -> Service 'Cabcharge' (a payment service users use; the
 # company's name shares the word but the text tells the two apart); the Australian Securities Exchange (alias 'ASX',
 # in 'ASX: CAB' and 'ASX 200') -> Company (exchanges are Company); ComfortDelGro Corporation Ltd and the joint venture
 # ComfortDelGro Cabcharge Pty Ltd (alias 'CDC') -> Company; the Federal Court (a court), the Reserve Bank of Australia
 # (a central bank, as the corpus types central banks) and the Taxi Industry Inquiry (a named public inquiry that made
 # recommendations; doubtful: a reader might take it for an event and leave it out) -> Organization; Reg Kermode ->
 # Person; Singapore ('Singapore-based'), Sydney, Melbourne, Australia and Victoria -> Location. No entity: 'ASX 200'
 # (a stock index; GUIDELINES, Types), 'Australian' (adjective), 'that State' (Victoria again, a description),
 # 'inquiries and regulatory bodies' (generic), 'the bus industry' (generic)
 entities=[E("Company", CA, "CAB"), E("Company", "Australian Securities Exchange", "ASX"),
           E("Person", "Reg Kermode"), E("Service", "Cabcharge"), E("Company", CDG), E("Location", "Singapore"),
           E("Company", CDC, "CDC"), E("Location", "Sydney"), E("Location", "Melbourne"),
           E("Location", "Australia"), E("Organization", "Federal Court"),
           E("Organization", "Reserve Bank of Australia"), E("Location", "Victoria"),
           E("Organization", "Taxi Industry Inquiry")],
 # 'The company's founder and CEO is Reg Kermode.' -> founder and ceo at Cabcharge Australia Ltd, both current true
 # (the text's present tense; the revision kept it although its latest date is of after his death, which the text does
 # not tell). Near-misses, no role: none else named (the CDC, the court and the bank are named without people)
 roles=[R("Reg Kermode", "founder", CA), R("Reg Kermode", "ceo", CA)],
 # 'In 1976, the company established Cabcharge, an account payment system' and 'its Cabcharge taxi payment system' ->
 # provider(Cabcharge, Cabcharge Australia Ltd); 'In 2005 it joined with a 49% interest in a joint venture with
 # Singapore-based ComfortDelGro Corporation Ltd in ComfortDelGro Cabcharge Pty Ltd (CDC)' -> parentOrganization(CDC,
 # Cabcharge Australia Ltd), parentOrganization(CDC, ComfortDelGro Corporation Ltd) and partner(Cabcharge Australia
 # Ltd, ComfortDelGro Corporation Ltd) (a joint venture of the two, as batch 55c; direction as written, Cabcharge
 # first; doubtful: Cabcharge holds 49%, a minority, so a reader might leave out the venture's parentOrganization to
 # Cabcharge, but the corpus's rule for named joint ventures gives one to each partner). Near-misses, no relation:
 # 'listed on the Australian Securities Exchange' -> nothing (a listing); 'Subsidiaries of CAB operate taxi network
 # services' -> nothing (no subsidiary named); 'the sole provider of the in-taxi service' -> nothing more (the
 # in-taxi service is generic); 'Since then CDC has had an increasing control in the bus industry in Sydney and
 # Melbourne' -> nothing (no bus company named); 'the subject of Federal Court proceedings', 'investigated by the
 # Reserve Bank of Australia', 'recommendations made by the Taxi Industry Inquiry' -> nothing (legal and regulatory
 # acts, no partner)
 relations=[L("Cabcharge", "provider", CA), L(CDC, "parentOrganization", CA), L(CDC, "parentOrganization", CDG),
            L(CA, "partner", CDG)],
 outages=[],
 # 'in December 1999', 'In 1976', 'In 2005', 'in 2010' -> the month and years; 'today' (twice), 'Since then',
 # 'currently' -> nothing (published null)
 dates=[D("December 1999", "1999-12"), D("1976", "1976"), D("2005", "2005"), D("2010", "2010")])

# ---- electronics, New Zealand: Rakon -------------------------------------------------------------------------------
RK = "Rakon Limited"
ME = "Marlin Electronics"
NZPO = "New Zealand Post Office"
A["wp-rakon"] = dict(
 # the company -> Company 'Rakon Limited', aliases 'Rakon', 'Rakon Industries' and 'RIL' (the name Robinson founded it
 # under, 'went on to found Rakon Industries (RIL) a few years later (1967)', the same founding as 'Rakon was founded
 # on 4 April 1967'; former names are aliases; doubtful: a reader might keep Rakon Industries apart); Marlin
 # Electronics and Autocrat Radio -> Company; the New Zealand Post Office (alias 'NZPO'; a government department in
 # 1967, the crystals' maker; Organization as government bodies are; doubtful: a reader might make it a Company) ->
 # Organization; Warren Robinson (alias 'Robinson') -> Person; Auckland, New Zealand, the United Kingdom, France, India
 # and China -> Location. No entity: TCXO, OCXO, VCXO (kinds of crystal oscillator), 'the GPS industry' (generic; GPS is
 # named only as an industry), 'the post office' (a description of the NZPO, lower case, not an alias)
 entities=[E("Company", RK, "Rakon", "Rakon Industries", "RIL"), E("Location", "Auckland"),
           E("Location", "New Zealand"), E("Location", "United Kingdom"), E("Location", "France"),
           E("Location", "India"), E("Location", "China"), E("Person", "Warren Robinson", "Robinson"),
           E("Company", ME), E("Organization", NZPO, "NZPO"), E("Company", "Autocrat Radio")],
 # 'Rakon was founded on 4 April 1967 by Warren Robinson' (and 'went on to found Rakon Industries (RIL)') -> founder at
 # Rakon Limited, current true. Near-misses, no role: 'Robinson had previously operated a business manufacturing marine
 # radios, Marlin Electronics' -> no role at Marlin Electronics (he ran and owned it, but the text gives no title and
 # does not say he founded it; doubtful: a reader might give founder or other, current false)
 roles=[R("Warren Robinson", "founder", RK)],
 # 'Warren Robinson ... sold Marlin Electronics to Autocrat Radio' -> acquired(Autocrat Radio, Marlin Electronics) +
 # parentOrganization(Marlin Electronics, Autocrat Radio) (a completed sale of the business; the seller is the owner,
 # not a company, so no seller's relation). Near-misses, no relation: 'wholly owned subsidiaries in the United Kingdom
 # and France' and 'joint venture operations in India and China' -> nothing (no subsidiary or partner named); 'The
 # only source for these crystals was the NZPO' -> no partner(Marlin Electronics, New Zealand Post Office) (the text
 # implies the radio business bought crystals from the NZPO but states no supply relation between the two; doubtful:
 # a reader might give partner); 'an opportunity to compete with the NZPO' -> nothing (competition is no relation);
 # 'supplying frequency-control products to the GPS industry' -> no partner (no customer named)
 relations=[L("Autocrat Radio", "acquired", ME), L(ME, "parentOrganization", "Autocrat Radio")],
 outages=[],
 # 'in 1967' (three times, also '(1967)') listed once; 'on 4 April 1967' -> the day; 'previously', 'a few years later',
 # 'often measured in months' -> nothing
 dates=[D("1967", "1967"), D("4 April 1967", "1967-04-04")])

# ---- restaurants, South Africa: Spur Corporation -------------------------------------------------------------------
SC = "Spur Corporation"
BRANDS = ["Panarottis Pizza Pasta", "John Dory\u2019s Fish Grill Sushi", "The Hussar Grill", "RocoMamas",
          "Spur Grill & Go", "Casa Bella"]
A["wp-spur-corporation"] = dict(
 # the company -> Company 'Spur Corporation', aliases 'Spur Steak Ranches' (its trade name, 'doing business as', as
 # batch 55c aliased trade names; doubtful: the group's list also names 'Spur Steak Ranches' among its parts, where it
 # is the flagship restaurant brand, so a reader might make it a Service with provider to Spur Corporation), 'Spur
 # Group' ('The Spur Group consists of ...': the group the corporation heads) and 'Spur' ('Spur uses Native American
 # themes', 'most Spur restaurants'; the chain by its short name); JSE (the exchange in '(JSE: SUR)') -> Company;
 # Spur International (a unit of the group named as a business, not a restaurant brand) -> Company; Panarottis Pizza
 # Pasta, John Dory's Fish Grill Sushi (curly apostrophe, as written), The Hussar Grill, RocoMamas, Spur Grill & Go and
 # Casa Bella -> Service (restaurant brands, as batches 55zb and 56f); Allen Ambor -> Person; the Golden Spur (the first
 # restaurant, a single named site) -> Location (named sites; doubtful: a reader might leave it out or make it a
 # Service); South Africa, Century City, Cape Town, Newlands, Africa, Mauritius, the Middle East and Australasia ->
 # Location. No entity: 'SUR' (ticker), 'Native American', 'South African' (adjectives), 'the official restaurant of the
 # South African family' (a slogan), 'the Spur steakhouse restaurants' (the brand described; 'Spur' inside it is the
 # alias already listed)
 entities=[E("Company", SC, "Spur Steak Ranches", "Spur Group", "Spur"), E("Company", "JSE"),
           E("Location", "South Africa"), E("Location", "Century City"), E("Location", "Cape Town"),
           E("Person", "Allen Ambor"), E("Location", "Golden Spur"), E("Location", "Newlands"),
           E("Company", "Spur International")] + [E("Service", b) for b in BRANDS] +
          [E("Location", "Africa"), E("Location", "Mauritius"), E("Location", "Middle East"),
           E("Location", "Australasia")],
 # 'In 1967 founder and executive chairman, Allen Ambor, opened the Golden Spur' -> founder and chairman at Spur
 # Corporation ('executive chairman' -> chairman; the company is the one the article is about), both current true.
 # Near-misses, no role: none else named in the kept text (Pierre van Tonder and Kevin Robertson are in the cut
 # infobox, without titles)
 roles=[R("Allen Ambor", "founder", SC), R("Allen Ambor", "chairman", SC)],
 # 'The Spur Group consists of Spur International, Spur Steak Ranches, Panarottis Pizza Pasta, ...' ->
 # parentOrganization(Spur International, Spur Corporation) (a unit of the group) and provider(brand, Spur Corporation)
 # for each of the six restaurant brands ('the company owns a number of other ... restaurant brands'); 'Spur Steak
 # Ranches' is an alias of the corporation here, so no relation of it to itself. Near-misses, no relation: 'JSE: SUR' ->
 # nothing (a listing); 'a steakhouse franchise restaurant chain' -> no partner (no franchisee named); 'opened the
 # Golden Spur in Newlands' -> no relation (a site; GUIDELINES, Types: no relation attaches to sites); '569 outlets
 # worldwide' -> nothing
 relations=[L("Spur International", "parentOrganization", SC)] + [L(b, "provider", SC) for b in BRANDS],
 outages=[],
 # 'In 1967' -> the year; 'currently' -> nothing (published null)
 dates=[D("1967", "1967")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
