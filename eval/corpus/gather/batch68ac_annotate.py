#!/usr/bin/env python3
"""Batch 68ac gold annotations (the texts of batch68ac.py; session 62, round notes /tmp/gather68ac/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-68q; batch10_annotate.write_parts), so with three
texts: test, train, dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates);
relative ones ('The following year', 'In July of that year') -> nothing, decades and eras ('By the early 1900s', 'the
Second World War') -> nothing, a span ('1948-49', written with an en dash) -> nothing, as batches 60c-68q left them;
'late 1946' beside 'between 1946 and 1962' -> the one item '1946' (the year, as batch 68q listed a year once). No text
tells an outage, so every `outages` list is empty; no near-miss of one told (businesses that 'went defunct or were
divested', a merger, a nationalisation and a change of control are business matters; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68q): one person named alone as founding the shop a company
dates its origins from -> `founder` ('an ironmonger's shop founded in 1797 in Norwich by William Moore'; doubtful: the
shop is the firm's origin under other names), current true; families named as founders ('the Sumner and Spurrier
families founded') -> no Person and no role; a partner in a firm ('elevated to a partner alongside of John Barnard', 'A
later partner in the firm was Joseph Paul') -> executive, current true (as batches 51u, 66d, 67ab and 68e); 'a member
of the board until retiring' -> director, current false; 'former Lord Mayor of Norwich' -> no role (a civic office;
doubtful); a completed purchase ('its acquisitions of Triumph and Rover', 'took over Coulthards of Preston', 'Jeld Wen
Inc. bought Boulton & Paul (along with ... John Carr) from the Rugby Group plc') -> acquired and parentOrganization
(GUIDELINES, Relations), the seller's past ownership recorded (parentOrganization to the Rugby Group plc); 'its parent
company was', 'a subsidiary of', 'became a subsidiary', 'owned by' and 'control of Silver City passed ... to' ->
parentOrganization (the last with no acquired: no purchase told; doubtful); a merger with no buyer told ('merged with
British Motor Holdings') -> nothing; marques and aircraft models -> Service (GUIDELINES, Types: car nameplates,
aircraft models), with provider to the maker the text names ('Jaguar and Land Rover, now built by Jaguar Land Rover';
'Bristol Freighter' and 'Bristol Superfreighter' with no maker named on its own -> no provider); former and later names
of the same company -> aliases (the Lancashire Steam Motor Company and the Leyland Motor Corporation of Leyland Motors
Limited; British Leyland, BL and Rover Group of the British Leyland Motor Corporation; Moore & Barnard and Barnard &
Boulton of Boulton & Paul Ltd); airports -> Location (Lympne Airport, Le Touquet Airport, London Heathrow,
Blackbushe); events ('the Berlin Airlift', 'the Second World War') -> no entity; 'British', 'English', 'Australian',
'French' (adjectives) and an unnamed 'French sister airline' -> nothing.
usage: batch68ac_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- manufacturing, UK: Leyland Motors -----------------------------------------------------------------------------
LM = "Leyland Motors Limited"
BLMC = "British Leyland Motor Corporation"
JLR = "Jaguar Land Rover"
A["wp-leyland-motors"] = dict(
 # the maker -> Company 'Leyland Motors Limited', aliases its later name 'Leyland Motor Corporation' ('later known as'),
 # 'Leyland Motors' and its first name 'Lancashire Steam Motor Company' ('was renamed Leyland Motors in 1907'); the
 # merged company -> Company 'British Leyland Motor Corporation', aliases 'British Leyland', 'BL' and 'Rover Group'
 # ('changed its name to simply BL, then in 1986 to Rover Group'); Triumph and Rover (car makers it bought), British
 # Motor Holdings, Jaguar Land Rover, TATA Motors, MG Motor, BMW, Leyland Trucks, Paccar and Coulthards ('Coulthards of
 # Preston', the town a Location of its own; doubtful: a reader might keep the whole as the name) -> Company; the
 # surviving marques Jaguar, Land Rover, MG and Mini -> Service (GUIDELINES, Types: car nameplates); Leyland (the town),
 # North West England and Preston -> Location. No entity: 'the Sumner and Spurrier families' (families, no person
 # named), 'English' (an adjective), 'lorries, buses and trolleybuses', 'steam powered lawn mowers', 'undertype steam
 # wagons' (generic)
 entities=[E("Company", LM, "Leyland Motor Corporation", "Leyland Motors", "Lancashire Steam Motor Company"),
           E("Company", "Triumph"), E("Company", "Rover"),
           E("Company", BLMC, "British Leyland", "BL", "Rover Group"), E("Company", "British Motor Holdings"),
           E("Service", "Jaguar"), E("Service", "Land Rover"), E("Company", JLR), E("Company", "TATA Motors"),
           E("Service", "MG"), E("Company", "MG Motor"), E("Service", "Mini"), E("Company", "BMW"),
           E("Company", "Leyland Trucks"), E("Company", "Paccar"), E("Location", "Leyland"),
           E("Location", "North West England"), E("Company", "Coulthards"), E("Location", "Preston")],
 # No person is named ('the Sumner and Spurrier families founded the Lancashire Steam Motor Company': families, no
 # cofounder role): no role
 roles=[],
 # 'its acquisitions of Triumph and Rover in 1960 and 1967' -> acquired(Leyland Motors Limited, each) and
 # parentOrganization(each, Leyland Motors Limited); 'renamed Leyland Motors in 1907 when it took over Coulthards of
 # Preston' -> acquired and parentOrganization; 'Jaguar Land Rover owned by TATA Motors' -> parentOrganization;
 # 'Leyland Trucks, a subsidiary of Paccar' -> parentOrganization; 'Jaguar and Land Rover, now built by Jaguar Land
 # Rover', 'MG, now built by MG Motor', 'Mini, now built by BMW' -> provider(marque, maker). Near-misses, no relation:
 # 'formed when it merged with British Motor Holdings' (a merger, no buyer told; Leyland Motors named as giving its
 # name to the new company, not as its parent); 'The truck building operation survived largely intact as Leyland
 # Trucks' (an operation of BL's that became a company; no ownership by Leyland Motors told; doubtful: a reader might
 # give parentOrganization(Leyland Trucks, British Leyland Motor Corporation)); the marques as BL's former businesses
 # ('went defunct or were divested': no owner told)
 relations=[L(LM, "acquired", "Triumph"), L("Triumph", "parentOrganization", LM), L(LM, "acquired", "Rover"),
            L("Rover", "parentOrganization", LM), L(LM, "acquired", "Coulthards"),
            L("Coulthards", "parentOrganization", LM), L(JLR, "parentOrganization", "TATA Motors"),
            L("Leyland Trucks", "parentOrganization", "Paccar"), L("Jaguar", "provider", JLR),
            L("Land Rover", "provider", JLR), L("MG", "provider", "MG Motor"), L("Mini", "provider", "BMW")],
 outages=[],
 # 'in 1960', '1967', 'in 1968', 'in 1986', 'from 1896', 'By 1905', 'in 1907', 'since 1897' -> the years. No date: none
 # left out
 dates=[D("1960", "1960"), D("1967", "1967"), D("1968", "1968"), D("1986", "1986"), D("1896", "1896"),
        D("1905", "1905"), D("1907", "1907"), D("1897", "1897")])

# ---- air transport, UK: Silver City Airways ------------------------------------------------------------------------
SC = "Silver City Airways"
ZC = "Zinc Corporation"
BAS = "British Aviation Services"
A["wp-silver-city-airways"] = dict(
 # the airline -> Company 'Silver City Airways', alias 'Silver City' ('The name "Silver City"', 'by Silver City');
 # Zinc Corporation ('its parent company was Zinc Corporation', 'the Zinc Corporation') and British Aviation Services
 # -> Company; the United Kingdom, Europe, Broken Hill, Australia, Sydney, Johannesburg, Pakistan, India and the
 # English Channel -> Location; London Heathrow, Blackbushe, Lympne Airport and Le Touquet Airport (airports, GUIDELINES,
 # Types) -> Location; Bristol Freighter and Bristol Superfreighter (aircraft models) -> Service. No entity: 'the Berlin
 # Airlift' (an event), 'a French sister airline' (unnamed), 'government-owned corporations', 'Hindu and Muslim
 # refugees' (generic), 'Australian', 'French' (adjectives)
 entities=[E("Company", SC, "Silver City"), E("Location", "United Kingdom"), E("Location", "Europe"),
           E("Company", ZC), E("Location", "Broken Hill"), E("Location", "Australia"),
           E("Location", "London Heathrow"), E("Location", "Sydney"), E("Location", "Johannesburg"),
           E("Service", "Bristol Freighter"), E("Location", "Blackbushe"), E("Location", "Pakistan"),
           E("Location", "India"), E("Company", BAS), E("Location", "English Channel"),
           E("Location", "Lympne Airport"), E("Location", "Le Touquet Airport"),
           E("Service", "Bristol Superfreighter")],
 # No person is named: no role
 roles=[],
 # 'its parent company was Zinc Corporation' -> parentOrganization(Silver City Airways, Zinc Corporation) (ownership
 # later ended, still recorded); 'control of Silver City passed from the Zinc Corporation to British Aviation Services'
 # -> parentOrganization(Silver City Airways, British Aviation Services) (control = ownership; no acquired: no purchase
 # told; doubtful: a reader might give acquired(British Aviation Services, Silver City Airways)). Near-misses, no
 # relation: 'leased its first Bristol Freighter' (no lessor or maker named: no partner, no provider); 'took delivery of
 # its first Bristol Superfreighter' (no maker named); 'established a French sister airline' (unnamed)
 relations=[L(SC, "parentOrganization", ZC), L(SC, "parentOrganization", BAS)],
 outages=[],
 # 'between 1946 and 1962' and 'in late 1946' -> '1946' (one item) and '1962'; 'In 1948', 'In 1949', 'In 1953' -> the
 # years. No date: 'The following year', 'In July of that year' (relative to the text's own years), 'In 1948-49' (a
 # span)
 dates=[D("1946", "1946"), D("1962", "1962"), D("1948", "1948"), D("1949", "1949"), D("1953", "1953")])

# ---- manufacturing, UK: Boulton & Paul Ltd -------------------------------------------------------------------------
BPL = "Boulton & Paul Ltd"
JW = "Jeld Wen Inc."
RG = "Rugby Group plc"
MW = "Midland Woodworking Company"
A["wp-boulton-paul-ltd"] = dict(
 # the firm -> Company 'Boulton & Paul Ltd', aliases 'Boulton & Paul' and its former names 'Moore & Barnard' ('the
 # ironworks firm of Moore & Barnard', renamed in turn) and 'Barnard & Boulton' ('the firm was renamed to'; GUIDELINES,
 # Types: former names; doubtful: a reader might keep the earlier firms apart); Jeld Wen Inc., John Carr ('another
 # joinery company'), the Rugby Group plc, the Midland Woodworking Company and Jewson ('the Jewson timber merchants') ->
 # Company; William Moore, William Staples Boulton (alias 'Boulton': 'By 1870 Boulton had been elevated to a partner'),
 # John Barnard, Joseph Paul and Richard Jewson -> Person; Norwich, England and Melton Mowbray -> Location. No entity:
 # 'the Second World War' (an event), 'its construction engineering division' (unnamed), 'an ironmonger's shop'
 # (unnamed), 'British' (an adjective)
 entities=[E("Company", BPL, "Boulton & Paul", "Moore & Barnard", "Barnard & Boulton"), E("Location", "Norwich"),
           E("Location", "England"), E("Company", JW), E("Company", "John Carr"), E("Company", RG),
           E("Person", "William Moore"), E("Person", "William Staples Boulton", "Boulton"),
           E("Person", "John Barnard"), E("Person", "Joseph Paul"), E("Company", MW), E("Location", "Melton Mowbray"),
           E("Person", "Richard Jewson"), E("Company", "Jewson")],
 # 'an ironmonger's shop founded in 1797 in Norwich by William Moore' -> founder at Boulton & Paul Ltd (the firm's
 # origin; doubtful, above), current true; 'By 1870 Boulton had been elevated to a partner alongside of John Barnard'
 # -> executive for William Staples Boulton and for John Barnard (a partner in a firm, as batches 51u-68e), current
 # true; 'A later partner in the firm was Joseph Paul' -> executive, current true; 'Richard Jewson ... was a member of
 # the board until retiring in 1947' -> director, current false. Near-misses, no role: 'joined the ironworks firm' (no
 # post named before the partnership); 'former Lord Mayor of Norwich' (a civic office; doubtful: a reader might give
 # other at Norwich, current false); 'Richard Jewson of the Jewson timber merchants' (no post named)
 roles=[R("William Moore", "founder", BPL), R("William Staples Boulton", "executive", BPL),
        R("John Barnard", "executive", BPL), R("Joseph Paul", "executive", BPL),
        R("Richard Jewson", "director", BPL, False)],
 # 'Jeld Wen Inc. bought Boulton & Paul (along with another joinery company John Carr) from the Rugby Group plc in
 # 1999 to form its British subsidiary' -> acquired(Jeld Wen Inc., each) and parentOrganization(each, Jeld Wen Inc.),
 # and parentOrganization(each, Rugby Group plc) (the seller's past ownership, still recorded); 'In 1942 the Midland
 # Woodworking Company of Melton Mowbray became a subsidiary' -> parentOrganization(Midland Woodworking Company,
 # Boulton & Paul Ltd). Near-misses, no relation: Jewson (a board member's firm, no tie between the companies told)
 relations=[L(JW, "acquired", BPL), L(BPL, "parentOrganization", JW), L(JW, "acquired", "John Carr"),
            L("John Carr", "parentOrganization", JW), L(BPL, "parentOrganization", RG),
            L("John Carr", "parentOrganization", RG), L(MW, "parentOrganization", BPL)],
 outages=[],
 # 'in 1999', 'in 1797', 'in 1844', 'By 1870', 'in 1905', 'In 1942', 'in 1947' -> the years. No date: 'By the early
 # 1900s' (a decade's part), 'During the Second World War' (an event)
 dates=[D("1999", "1999"), D("1797", "1797"), D("1844", "1844"), D("1870", "1870"), D("1905", "1905"),
        D("1942", "1942"), D("1947", "1947")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
