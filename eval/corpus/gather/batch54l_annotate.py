#!/usr/bin/env python3
"""Batch 54l gold annotations (the texts of batch54l.py: the Office of Public Affairs' release of 2 March 2010 on Ethex
Corporation, KV Pharmaceutical Company's subsidiary, pleading guilty over oversized drug tablets; the District of
Massachusetts' release of 20 July 2016 on Acclarent, Inc.'s former Chief Executive Officer and Vice President of Sales
convicted over a sinus device; the Southern District of Florida's release of November 2016 on Christian Rivas, owner of
Oasis Brands, Inc., sentenced over Listeria-contaminated cheese), written from the texts alone; newskg was not run on
them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published` (null for the Oasis text: absolute expressions only, and it has none).
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54f; GUIDELINES section 2): 'X, a wholly owned subsidiary of
... Y' -> parentOrganization(X, Y); 'The former Chief Executive Officer and Vice President of Sales of Acclarent, Inc.'
followed by the two names in that order -> ceo and vice-president at Acclarent, Inc., not current ('former'; the
pairing read from the order of the two lists: **doubtful**); a device the company had cleared and marketed -> Service
with provider (GUIDELINES: devices are Service); 'United States Attorney X' -> no role (53k; the Oasis text names 'the
U.S. Attorney's Office' as a body only inside Ferrer's quote: Organization, 44n's reading, **doubtful**, and Ferrer
still no role, **doubtful**); a 'Special Agent in Charge' of the FDA's Office of Criminal Investigations -> executive
at that office, the office -> parentOrganization of the FDA (54f's Holland and McMillan), a field office -> no entity
(54f); 'the owner of Oasis Brands' and 'the responsible corporate official of Oasis' -> no role (the lane's owner rule,
53r's Parnell, 54f's Jensens; the second a legal status, no post: **doubtful**); judges -> Person, no role; 'U.S.
District Court in St. Louis' -> Organization 'U.S. District Court' (52f, 54f); the Justice Department acting as a body
('announced', 'pursued') -> Organization (the corpus's form as written); the dateline's city in capitals -> Location
(no later mention in the Acclarent and Ethex texts); 'City, St.' abbreviations ('Atherton, Cal.', 'Lake Elmo, Minn.')
-> two Locations each, the abbreviation as written (a batch's 'Md.'); 'the United States' as payee ('forfeit ... to
the United States') -> no entity (53k's 'the United States alleged', the party: near-miss); generic drug substances
(propafenone, dextroamphetamine sulfate), Listeria, Medicare and Medicaid (programmes), the Food, Drug and Cosmetic
Act and Title 21, United States Code (laws) -> nothing; 'the Southern District of Florida' (a judicial district, here
the office's stand-in in a quote) -> nothing (53k's 'the District of Vermont': **doubtful**).
usage: batch54l_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Ethex Corporation / KV Pharmaceutical, DOJ OPA, published 2010-03-02 (a Tuesday) ----------------------------------
ETX = "Ethex Corporation"
KV = "KV Pharmaceutical Company"
A["us-doj-opa-kv-pharmaceutical-subsidiary-ethex-pleads-guilty-oversized-drug-tablets-2010"] = dict(
 # Companies: Ethex Corporation (the bare 'Ethex' five times and 'Ethex's' once: alias 'Ethex'), KV Pharmaceutical
 # Company (once). Organizations: the Justice Department ('the Justice Department announced today', '... pursued felony
 # charges': a body), the Food and Drug Administration ('(FDA)' and 'the FDA' twice: alias 'FDA'), U.S. District Court
 # ('in U.S. District Court in St. Louis'). Person: E. Richard Webber ('Judge E. Richard Webber': a judge, no role).
 # Locations: WASHINGTON (the dateline), St. Louis ('St. Louis-based drug manufacturer' and 'in St. Louis': one
 # Location). Not annotated: propafenone and dextroamphetamine sulfate (generic drug substances, 53k's oxycodone),
 # Medicare and Medicaid (programmes), 'the United States' (the payee of the forfeiture: the party, 53k -- near-miss,
 # **doubtful**: 44n typed the plaintiff a Location), 'The government' (the party), the Food, Drug and Cosmetic Act (a
 # law), 'field alert reports' (a filing)
 entities=[E("Location", "WASHINGTON"),
           E("Company", ETX, "Ethex"),
           E("Location", "St. Louis"),
           E("Company", KV),
           E("Organization", "Justice Department"),
           E("Organization", "Food and Drug Administration", "FDA"),
           E("Organization", "U.S. District Court"),
           E("Person", "E. Richard Webber")],
 # No person has a title at an organisation (Webber a judge: no role). Near-miss: no executive of Ethex or KV is named
 roles=[],
 # 'Ethex Corporation, a wholly owned subsidiary of St. Louis-based drug manufacturer, KV Pharmaceutical Company' ->
 # parentOrganization(Ethex Corporation, KV Pharmaceutical Company). Near-misses: no acquisition is told (the
 # subsidiary's origin is not given); the FDA is Ethex's regulator (no partner)
 relations=[L(ETX, "parentOrganization", KV)],
 outages=[],
 # 'was sentenced today', 'announced today', 'in St. Louis today', 'filed today' -> one item 'today' 2010-03-02 (the
 # release day; the same text and value listed once); 'in 2008' -> '2008' 2008
 dates=[D("today", "2010-03-02"), D("2008", "2008")])

# ---- Acclarent, Inc. executives, USAO D. Mass., published 2016-07-20 (a Wednesday; **doubtful** day) -------------------
ACC = "Acclarent, Inc."
STR = "Relieva Stratus Microflow Spacer"
A["us-doj-usao-ma-former-acclarent-ceo-vice-president-sales-convicted-misbranded-sinus-device-2016"] = dict(
 # Company: Acclarent, Inc. (once, in the first paragraph; the bare 'Acclarent' in 'Acclarent's
 # request' and 'make Acclarent an attractive business': alias 'Acclarent'). Service: Relieva Stratus Microflow Spacer
 # ('a medical device known as the Relieva Stratus Microflow Spacer ("Stratus")' and 'the Stratus' three times: alias
 # 'Stratus'; a device -> Service, GUIDELINES section 2). Organization: U.S. Food and Drug Administration ('the FDA'
 # twice: alias 'FDA'). People: William Facteau, Patrick Fabian (the surnames alone five times each: aliases).
 # Locations: BOSTON (the dateline), Atherton and Cal. ('of Atherton, Cal.'), Lake Elmo and Minn. ('of Lake Elmo,
 # Minn.'): 'City, St.' -> two Locations, the state abbreviation as written (**doubtful**: a reader may fold 'Cal.'
 # and 'Minn.' into their cities or leave them out). Not annotated: 'a federal jury', 'the jury', 'the company' (generic
 # in the text), 'a steroid delivery device' and 'a drug delivery device' (uses, no product name), 'an initial public
 # offering or acquisition' (no buyer named), the Food, Drug and Cosmetics Act (a law)
 entities=[E("Location", "BOSTON"),
           E("Company", ACC, "Acclarent"),
           E("Person", "William Facteau", "Facteau"),
           E("Location", "Atherton"),
           E("Location", "Cal."),
           E("Person", "Patrick Fabian", "Fabian"),
           E("Location", "Lake Elmo"),
           E("Location", "Minn."),
           E("Service", STR, "Stratus"),
           E("Organization", "U.S. Food and Drug Administration", "FDA")],
 # 'The former Chief Executive Officer and Vice President of Sales of Acclarent, Inc. ... William Facteau ... and
 # Patrick Fabian' -> Facteau ceo and Fabian vice-president ('Vice President of Sales' -> vice-president, GUIDELINES),
 # both at Acclarent, Inc., not current ('former' governs both). **Doubtful**: the text never pairs a name with a post
 # in one phrase; the pairing follows the order of the two coordinated lists (a reader may leave both out). Near-miss:
 # no role from 'Facteau and Fabian launched the product' (acts, no post)
 roles=[R("William Facteau", "ceo", ACC, False),
        R("Patrick Fabian", "vice-president", ACC, False)],
 # 'the company had told the FDA that the Stratus was a medical device ...' and 'Acclarent's request to clear the
 # Stratus for marketing' -> provider(Relieva Stratus Microflow Spacer, Acclarent, Inc.) (the company's own device;
 # **doubtful** only in that 'makes' is implied, not written). Near-misses: 'an attractive business for either an
 # initial public offering or acquisition' (an aim; no acquirer named -- the release's excerpt does not name Johnson
 # & Johnson, so no relation); the FDA is the regulator (no partner)
 relations=[L(STR, "provider", ACC)],
 outages=[],
 # No time expression resolves: 'a six week trial' (a duration), the counts and the sentence terms -> nothing; the
 # release has no 'today' (near-miss: the verdict's day is `published` only)
 dates=[])

# ---- Oasis Brands, Inc. / Christian Rivas, USAO S.D. Fla., published null ----------------------------------------------
OB = "Oasis Brands, Inc."
FDA3 = "U.S. Food and Drug Administration"
OCI3 = "Office of Criminal Investigations"
A["us-doj-usao-sdfl-oasis-brands-owner-christian-rivas-sentenced-listeria-cheese-2016"] = dict(
 # Company: Oasis Brands, Inc. ('("Oasis")' defined, then 'the Oasis facility' twice and 'of Oasis': alias 'Oasis').
 # Organizations: U.S. Food and Drug Administration ('the FDA' twice and 'FDA Office of Criminal Investigations': alias
 # 'FDA'), Office of Criminal Investigations ('U.S. Food and Drug Administration, Office of Criminal Investigations
 # (FDA-OCI), Miami Field Office' and 'FDA Office of Criminal Investigations' Miami Field Office': alias 'FDA-OCI'; the
 # Miami Field Office a unit, no entity, 54f), U.S. Attorney's Office ('a top priority for the U.S. Attorney's
 # Office', the name with the text's curly apostrophe; inside Ferrer's quote: an office named as a body, 44n's
 # reading, **doubtful** -- a reader may leave it out). People:
 # Robert N. Scola, Jr. ('U.S. District Judge': a judge, no role), Wifredo A. Ferrer ('U.S. Attorney Wifredo Ferrer':
 # alias 'Wifredo Ferrer'), Justin D. Green ('Justin Green' first, 'Justin D. Green' later: the fuller form the name,
 # 'Justin Green' an alias), Christian Rivas (the bare 'Rivas' twice: alias). Locations: Miami-Dade County ('A
 # Miami-Dade County resident'), Miami and Florida ('located in Miami, Florida': two Locations). Not annotated: 'the
 # Southern District of Florida' (twice: Ferrer's district and, in his quote, the office's stand-in -- a judicial
 # district, 53k's 'the District of Vermont': near-miss, **doubtful**), listeria, 'the Oasis facility' (an unnamed
 # site), the criminal Information and its counts, Title 21, United States Code (a law), 'U.S. consumers'
 entities=[E("Location", "Miami-Dade County"),
           E("Person", "Robert N. Scola, Jr."),
           E("Person", "Wifredo A. Ferrer", "Wifredo Ferrer"),
           E("Person", "Justin D. Green", "Justin Green"),
           E("Organization", FDA3, "FDA"),
           E("Organization", OCI3, "FDA-OCI"),
           E("Person", "Christian Rivas", "Rivas"),
           E("Company", OB, "Oasis"),
           E("Location", "Miami"),
           E("Location", "Florida"),
           E("Organization", "U.S. Attorney\u2019s Office")],
 # Justin D. Green, 'Special Agent in Charge, U.S. Food and Drug Administration, Office of Criminal Investigations
 # (FDA-OCI), Miami Field Office' -> executive at the Office of Criminal Investigations (54f's SAC rule; **doubtful**
 # org as there). Near-misses: Rivas, 'the owner of Oasis Brands, Inc.' (owner: no vocabulary title, the lane's owner
 # rule) and 'as the responsible corporate official of Oasis' (a legal status under the responsible-corporate-officer
 # doctrine, no named post: **doubtful**, a reader may give executive); Ferrer, 'United States Attorney for the
 # Southern District of Florida' (53k: no role; **doubtful** here, as the U.S. Attorney's Office is an entity: a reader
 # may give head at it); Scola (a judge)
 roles=[R("Justin D. Green", "executive", OCI3)],
 # 'U.S. Food and Drug Administration, Office of Criminal Investigations (FDA-OCI)' and 'FDA Office of Criminal
 # Investigations' -> parentOrganization(Office of Criminal Investigations, U.S. Food and Drug Administration) (54f).
 # Near-misses: Rivas's ownership (a person's, no relation type); no customer or distributor of the cheese is named;
 # the office's work 'with the FDA' (prosecutor and investigating agency: no partner)
 relations=[L(OCI3, "parentOrganization", FDA3)],
 outages=[],
 # `published` null and no absolute time expression in the text: none. Near-miss: '15 months' (a term)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
