#!/usr/bin/env python3
"""Batch 68ab gold annotations (session 62; the texts of batch68ab.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-68x; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades and centuries ('In the
1980s', 'during the 19th century') -> nothing (as batches 26d and 68x skip decades); a person's years in parentheses
('(1796-1869)') -> nothing (a span, as batch 68x's 'in 1971-72'); 'between 1876 and 1878' -> each year its own item;
'in the same two years', 'a long-term plan', 'three to five years away' -> nothing.
Outages (GUIDELINES part 2, Outages): none told, and no near-miss of one ('the company ceased operations' for three
years, 'to close the Concord factory': a business's pause and a plant closure, no service lost by users).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-68x): one person named alone as founding or
establishing a company ('Repco was founded by Geoff Russell', 'Bushells was founded by Alfred Bushell', 'established
as the Canada Sugar Refining Company ... by ... John Redpath') -> founder, current true (GUIDELINES part 2, Roles,
'Founders'); 'became a partner' in the firm -> executive (as batches 51u, 66d, 67ab and 68e), current false where
the text says he 'retired'; 'George Drummond took over when Peter Redpath retired ... Under his guidance' -> executive
(his predecessor's post; doubtful: no title named); 'the government of Sir John A. Macdonald' -> no role (no title
named; doubtful beside GUIDELINES' heads of government); a completed purchase ('It was acquired by Pacific Dunlop',
'Redpath Industries Ltd. was acquired by the British company Tate & Lyle plc', Unilever's tea business 'divested ...
to CVC Capital Partners as Lipton Teas and Infusions') -> acquired + parentOrganization (GUIDELINES, Relations);
'is a subsidiary of' -> parentOrganization; a purchase by an unnamed buyer ('purchased by a private equity
consortium') -> nothing; a brand's purchase ('FreshFood Services Pty Ltd purchased the Bushells Coffee brand') -> no
acquisition (an asset) but provider to the buyer, as to the company that made coffee 'under the Bushells Coffee
brand' and to the seller the brand was acquired 'from' (doubtful); an unnamed division's purchase ('the New Zealand
division of Bushells Coffee') -> nothing; a merger where the text does not say who buys whom ('the company merged
with Canada Sugar Refining Company Limited') -> nothing; a listing on an exchange -> no relation; a family's purchase
of a house -> nothing; Types: a brand of coffee ('Bushells Coffee') -> Service; stock exchanges ('Australian
Securities Exchange', 'New Zealand Exchange') -> Company (GUIDELINES: exchanges that are businesses); a racing
constructor's entry ('Brabham-Repco', awarded a manufacturers' cup) -> Organization (as sports teams; doubtful); a
company's former names ('Automotive Grinding Company', 'Canada Sugar Refining Company', 'Redpath Industries Ltd.')
and the name it abbreviates ('Replacement Parts Company') -> aliases (GUIDELINES: former names are aliases); a
different company with a like name ('Canada Sugar Refining Company Limited of Chatham, Ontario') -> its own Company;
streets, a suburb, a house, a canal ('Harrington Street', 'Atherton Place', 'The Rocks', 'Concord', 'Carthona',
'Lachine Canal') -> Location (named sites); not entities: championships and cups ('World Championship of Drivers',
'International Cup for F1 Manufacturers'), 'Formula One' (a series of events), 'the National Policy' (a programme),
adjectives ('Australian', 'Canadian', 'British', 'Scots-Quebecer'), 'the Bushell family', 'His sons', 'a private
equity consortium', 'the company' (generic).
usage: batch68ab_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- auto parts, Australia: Repco (ru.wikibrief.org's copy) ---------------------------------------------------------
RPC = "Replacement Parts Company"
A["wp-repco"] = dict(
 # the company -> Company 'Replacement Parts Company' (the fullest form: 'Its name is an abbreviation of Replacement
 # Parts Company'; aliases 'Repco' and the former name 'Automotive Grinding Company'; 'The company', 'a listed
 # company' generic); 'Brabham-Repco' -> Organization (the constructor awarded the manufacturers' cup; doubtful);
 # Jack Brabham, Denny Hulme, Geoff Russell -> Person; 'Australian Securities Exchange' (alias 'ASX'), 'New Zealand
 # Exchange', 'Pacific Dunlop' -> Company; Australia, New Zealand, Collingwood, Victoria -> Location. No entity:
 # 'Brabham' in 'the Brabham Formula One cars' (a maker's name in a description of cars, no product named; doubtful),
 # 'Formula One', 'World Championship of Drivers', 'International Cup for F1 Manufacturers', 'a private equity
 # consortium'
 entities=[E("Company", RPC, "Repco", "Automotive Grinding Company"), E("Person", "Jack Brabham"),
           E("Person", "Denny Hulme"), E("Organization", "Brabham-Repco"), E("Location", "Australia"),
           E("Location", "New Zealand"), E("Person", "Geoff Russell"), E("Location", "Collingwood"),
           E("Location", "Victoria"), E("Company", "Australian Securities Exchange", "ASX"),
           E("Company", "Pacific Dunlop"), E("Company", "New Zealand Exchange")],
 # 'Repco was founded by Geoff Russell in 1922' -> founder, current true. No role: the drivers (no post at a company)
 roles=[R("Geoff Russell", "founder", RPC)],
 # 'It was acquired by Pacific Dunlop in 1988 and delisted' -> acquired(Pacific Dunlop, Repco) +
 # parentOrganization(Repco, Pacific Dunlop). Near-misses, no relation: 'purchased by a private equity consortium'
 # (no named buyer); listings on the ASX and the New Zealand Exchange; the engines for the Brabham cars and
 # Brabham-Repco (no partnership or product named; doubtful)
 relations=[L("Pacific Dunlop", "acquired", RPC), L(RPC, "parentOrganization", "Pacific Dunlop")],
 outages=[],
 # '1966', '1967' ('the 1966 and 1967 World Championship'), '1922', '1937', '1988', 'September 2001'; 'in the same
 # two years' -> nothing
 dates=[D("1966", "1966"), D("1967", "1967"), D("1922", "1922"), D("1937", "1937"), D("1988", "1988"),
        D("September 2001", "2001-09")])

# ---- tea and coffee, Australia: Bushells (wikimili.com's copy) ------------------------------------------------------
FF = "FreshFood Services Pty Ltd"
A["wp-bushells"] = dict(
 # the company -> Company 'Bushells' ('the company' generic; 'A Bushells tea factory' the company's); Alfred Bushell
 # -> Person; 'Bushells Coffee' (a brand) -> Service; 'Unilever' ("Unilever's" possessive-free), 'FreshFood Services
 # Pty Ltd' (alias 'FreshFood'), 'CVC Capital Partners', 'Lipton Teas and Infusions' -> Company; Queensland, Sydney,
 # Australia ("Australia's"), Harrington Street, Atherton Place, The Rocks, Carthona (a named house), New Zealand,
 # Concord ('the Concord factory') -> Location. No entity: 'the Bushell family', 'His sons', "Australia's first
 # commercial tea seller" (unnamed), 'the New Zealand division' (unnamed), 'The tea brand' (unnamed)
 entities=[E("Company", "Bushells"), E("Person", "Alfred Bushell"), E("Location", "Queensland"),
           E("Location", "Sydney"), E("Location", "Australia"), E("Location", "Harrington Street"),
           E("Location", "Atherton Place"), E("Location", "The Rocks"), E("Location", "Carthona"),
           E("Service", "Bushells Coffee"), E("Company", "Unilever"), E("Company", FF, "FreshFood"),
           E("Location", "New Zealand"), E("Company", "CVC Capital Partners"),
           E("Company", "Lipton Teas and Infusions"), E("Location", "Concord")],
 # 'Bushells was founded by Alfred Bushell in 1883' -> founder, current true. No role: his sons (unnamed)
 roles=[R("Alfred Bushell", "founder", "Bushells")],
 # 'the company diversified its coffee manufacturing under the Bushells Coffee brand' -> provider(Bushells Coffee,
 # Bushells); 'as part of an acquisition of coffee brands from Unilever, FreshFood Services Pty Ltd purchased the
 # Bushells Coffee brand' -> provider(Bushells Coffee, FreshFood) (its maker since) and provider(Bushells Coffee,
 # Unilever) (the brand's holder it was bought from; doubtful), no acquisition (a brand is an asset); 'The tea brand
 # remained with Unilever until 2022 when it was divested along with most of Unilever's tea business to CVC Capital
 # Partners as Lipton Teas and Infusions' -> acquired(CVC Capital Partners, Lipton Teas and Infusions) +
 # parentOrganization(Lipton Teas and Infusions, CVC Capital Partners) (a completed sale of a business under its new
 # name; doubtful). Near-misses, no relation: 'FreshFood also purchased the New Zealand division of Bushells Coffee'
 # (unnamed); Bushells to Unilever (the text says the tea brand, not the company, was Unilever's; doubtful); Lipton
 # Teas and Infusions to Unilever (the name given only to the business as sold)
 relations=[L("Bushells Coffee", "provider", "Bushells"), L("Bushells Coffee", "provider", FF),
            L("Bushells Coffee", "provider", "Unilever"), L("CVC Capital Partners", "acquired", "Lipton Teas and Infusions"),
            L("Lipton Teas and Infusions", "parentOrganization", "CVC Capital Partners")],
 outages=[],
 # '1883', '1899', '1940', '1998', '2022', 'January 2018'; 'In the 1980s' (a decade) -> nothing
 dates=[D("1883", "1883"), D("1899", "1899"), D("1940", "1940"), D("1998", "1998"), D("2022", "2022"),
        D("January 2018", "2018-01")])

# ---- sugar refining, Canada: Redpath Sugar (en.wikipedia.org, older skin) ------------------------------------------
RSL = "Redpath Sugar Limited"
A["wp-redpath-sugar"] = dict(
 # the refiner -> Company 'Redpath Sugar Limited' (aliases 'Redpath Sugar', the former name 'Canada Sugar Refining
 # Company' and 'Redpath Industries Ltd.', the name it was acquired under; doubtful: the text does not say the two
 # are the same company; 'the company', 'the firm' generic); 'American Sugar Refining', 'St. Lawrence Sugar',
 # 'Canada Sugar Refining Company Limited' (of Chatham; another company, with a surface form containing the alias),
 # 'Tate & Lyle plc' -> Company; John Redpath (alias 'John', "John's son"), Peter Redpath, George Alexander Drummond
 # (alias 'George Drummond'), 'Sir John A. Macdonald' -> Person 'John A. Macdonald'; Toronto, Ontario, Belleville,
 # Montreal, Quebec, Lachine Canal, Canada, British West Indies, United States, Chatham -> Location. No entity: 'the
 # National Policy' (a programme), 'Scots-Quebecer', 'the giant complex', 'a new six-storey plant'
 entities=[E("Company", RSL, "Redpath Sugar", "Canada Sugar Refining Company", "Redpath Industries Ltd."),
           E("Location", "Toronto"), E("Location", "Ontario"), E("Location", "Belleville"),
           E("Company", "American Sugar Refining"), E("Location", "Montreal"), E("Location", "Quebec"),
           E("Person", "John Redpath", "John"), E("Location", "Lachine Canal"), E("Location", "Canada"),
           E("Location", "British West Indies"), E("Person", "Peter Redpath"),
           E("Person", "George Alexander Drummond", "George Drummond"), E("Location", "United States"),
           E("Person", "John A. Macdonald"), E("Company", "St. Lawrence Sugar"),
           E("Company", "Canada Sugar Refining Company Limited"), E("Location", "Chatham"),
           E("Company", "Tate & Lyle plc")],
 # 'established as the Canada Sugar Refining Company in 1854 ... by Scots-Quebecer entrepreneur, John Redpath' ->
 # founder, current true; 'Peter Redpath ... became a partner' -> executive, current false ('when Peter Redpath
 # retired in 1888'); 'George Drummond took over when Peter Redpath retired ... Under his guidance' -> executive,
 # current true (no leaving told; doubtful: no title named; 'joined the firm in 1861' alone would give none). No role:
 # John A. Macdonald ('the government of'; no title named; doubtful)
 roles=[R("John Redpath", "founder", RSL), R("Peter Redpath", "executive", RSL, False),
        R("George Alexander Drummond", "executive", RSL)],
 # 'Redpath Sugar is a subsidiary of the multinational American Sugar Refining' -> parentOrganization; 'Redpath
 # Industries Ltd. was acquired by the British company Tate & Lyle plc' -> acquired(Tate & Lyle plc, the refiner) +
 # parentOrganization(the refiner, Tate & Lyle plc). Near-misses, no relation: 'the company merged with Canada Sugar
 # Refining Company Limited' (who buys whom unsaid); St. Lawrence Sugar 'a new competitor' (no relation type)
 relations=[L(RSL, "parentOrganization", "American Sugar Refining"), L("Tate & Lyle plc", "acquired", RSL),
            L(RSL, "parentOrganization", "Tate & Lyle plc")],
 outages=[],
 # '1854' (twice, listed once), '1857', '1861', '1876', '1878', '1879', '1888', '1930', '1959'; '(1796-1869)',
 # '(1821-1894)', '(1829-1910)' (spans) and 'during the 19th century' -> nothing
 dates=[D("1854", "1854"), D("1857", "1857"), D("1861", "1861"), D("1876", "1876"), D("1878", "1878"),
        D("1879", "1879"), D("1888", "1888"), D("1930", "1930"), D("1959", "1959")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
