#!/usr/bin/env python3
"""Batch 57x gold annotations (the texts of batch57x.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 56p, 57b, 57g, 57m and 57s; batch10_annotate.write_parts),
so with three texts: test, train, dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md,
Dates); 'Four years later' (relative; its year is written beside it, '1983'), 'on 15 July' (a day and month without a
year, twice in the Manx2 text) and 'for two or three years' (a span) -> left out; a clock time anchored to a written
day ('On 4 May 2006 at 20:00') -> its own item with the day's value and the time, as the corpus lists '20:00 UTC'. No
text tells an outage, so every `outages` list is empty; two tell near-misses of one (Emerald's Air Operators
Certificate suspended by the CAA, a regulator's order grounding an airline, and its ceasing operations, a business
failure; Manx2's last flight after its assets were sold, a business end; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f,
56h, 56j, 56p, 57b, 57f, 57g, 57m, 57s): 'formed by A and B' -> cofounder each (two founders); 'two thirds owned by X'
-> parentOrganization (a majority holder, as batch 36z recorded 'Air Mauritius Holdings (51%)'); 'X acquired all
remaining shares in Y', 'Y was taken over by X' and 'Y bought Z' -> acquired and parentOrganization (completed
purchases); 'acquired a 50% shareholding' and 'the remaining third largely held by' -> nothing (stakes short of a
majority; doubtful for the 50%); 'bought the passenger service of' and 'the assets of X were sold to Y' -> nothing
(a business line and assets, not a company); 'being appointed managing director' -> director; 'led by' -> head;
'Its chairman was' -> chairman, current false (the past tense only, as batch 28a read 'She was the CEO'; doubtful);
'The flights were operated for X by A, B and C', 'The aircraft was initially operated by D', 'the aircraft being
operated by E' and 'a Fairchild Metroliner from F' -> partner(X, each) (operating and lease contracts, as batch 36z's
wet leases; doubtful for the Metroliner); owners who are persons ('wholly owned by AS Janes and HJ Janes') -> no
relation and no role; an airline's brand ('under the brand FlyJem') -> Service with provider; aircraft models (BAe ATP,
HS748, Let L-410 Turbolet, BAe Jetstream 31, Fairchild Metroliner) -> Service without provider (makers named only inside
the model names; GUIDELINES, Types); airports -> Location; a newspaper (the Guernsey Press) -> Company; a regulator
(the CAA) and a government (the Isle of Man Government) -> Organization; ships ('Condor 6'), events ('the 1979 Fastnet
Race'), call signs and flight codes ('Base', 'BPS'), an AOC and adjectives ('Australian', 'Irish', 'European',
'Channel Island businessmen') -> nothing.
usage: batch57x_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- ferries, Channel Islands: Condor Ferries -------------------------------------------------------------------------
CF = "Condor Ferries"
ODS = "Onesimus Dorey & Sons"
CS = "Commodore Shipping"
A["wp-condor-ferries"] = dict(
 # the ferry company -> Company 'Condor Ferries', alias 'Condor' ('Condor was two thirds owned', 'shares in Condor';
 # not 'Condor vessels' or 'Condor 6', which name ships); Brittany Ferries, Onesimus Dorey & Sons, Commodore Shipping,
 # TNT ('Australian logistics and transport company, TNT') -> Company; the Guernsey Press (a newspaper; GUIDELINES,
 # Types) -> Company; Peter Dorey (alias 'Dorey': 'led by Dorey', 'Dorey's son'), Jack Norman, Rupert and Tattie (first
 # names only, as written; batch 57g's 'Jan'), David Norman -> Person; Guernsey, the Channel Islands, the United
 # Kingdom, Jersey, France, St Malo -> Location. No entity: 'Channel Island businessmen' (an adjective), 'Condor 6' and
 # 'the initial series of Condor vessels' (ships; GUIDELINES, Types), 'the 1979 Fastnet Race' (an event), 'the hydrofoil
 # boat', 'a passenger only catamaran' (generic), 'Australian'
 entities=[E("Company", CF, "Condor"), E("Location", "Guernsey"), E("Location", "Channel Islands"),
           E("Location", "United Kingdom"), E("Location", "Jersey"), E("Location", "France"),
           E("Company", "Brittany Ferries"), E("Person", "Peter Dorey", "Dorey"), E("Person", "Jack Norman"),
           E("Company", ODS), E("Company", CS), E("Location", "St Malo"), E("Company", "Guernsey Press"),
           E("Person", "Rupert"), E("Person", "Tattie"), E("Person", "David Norman"), E("Company", "TNT")],
 # 'Condor Ferries was formed in 1964 by Channel Island businessmen Peter Dorey and Jack Norman' -> cofounder each,
 # current true (founders stay founders though Dorey's death is told; batch 57g's convention); 'Onesimus Dorey & Sons,
 # led by Dorey' -> head at Onesimus Dorey & Sons, current false (he was lost at sea in 1979; doubtful: a reader might
 # keep it true, the text writing no 'former', or give no role to 'led by'); 'with David Norman being appointed
 # managing director' -> director at Condor Ferries (GUIDELINES, Roles: managing director -> director), current true
 # (no leaving told; the company is past, the text says nothing of his post ending). Near-misses: 'Jack Norman of
 # Commodore Shipping' -> no role (an affiliation with no title; a reader might give other or head); 'Dorey's son,
 # Rupert recalled' -> no role (a relative quoted, no post); 'his interest passing to his wife, Tattie' -> no role (an
 # owner of shares, no post)
 roles=[R("Peter Dorey", "cofounder", CF), R("Jack Norman", "cofounder", CF),
        R("Peter Dorey", "head", ODS, False), R("David Norman", "director", CF)],
 # 'Condor was two thirds owned by Onesimus Dorey & Sons' -> parentOrganization(Condor Ferries, Onesimus Dorey & Sons)
 # (a majority holder; the ownership is past, relations carry no time); 'Commodore Shipping acquired all remaining
 # shares in Condor which it did not own' -> acquired(Commodore Shipping, Condor Ferries) and
 # parentOrganization(Condor Ferries, Commodore Shipping) (the buy-out completed, making it sole owner); 'before being
 # taken over by Brittany Ferries in 2025' -> acquired(Brittany Ferries, Condor Ferries) and
 # parentOrganization(Condor Ferries, Brittany Ferries). Near-misses: 'TNT, acquired a 50% shareholding in Condor
 # Ferries' -> nothing (half, not a majority; doubtful: a reader might record acquired or parentOrganization); 'the
 # remaining third largely held by Jack Norman of Commodore Shipping, linking the two companies' -> no partner and no
 # parentOrganization (a minority holding through a person; 'linking' names no partnership); 'In a 2014 interview with
 # the Guernsey Press' -> no relation (an interview); 'had several owners' -> nothing (unnamed)
 relations=[L(CF, "parentOrganization", ODS), L(CS, "acquired", CF), L(CF, "parentOrganization", CS),
            L("Brittany Ferries", "acquired", CF), L(CF, "parentOrganization", "Brittany Ferries")],
 outages=[],
 # '1964' (three times, one value) -> one item; '2025', '2014', '1979' ('the 1979 Fastnet Race'), '1983', '1992';
 # 'Four years later' (relative) and 'for two or three years' (a span) -> left out
 dates=[D("1964", "1964"), D("2025", "2025"), D("2014", "2014"), D("1979", "1979"), D("1983", "1983"),
        D("1992", "1992")])

# ---- airline, UK: Emerald Airways -------------------------------------------------------------------------------------
EA = "Emerald Airways"
A["wp-emerald-airways"] = dict(
 # the airline -> Company 'Emerald Airways', aliases 'Emerald' ('renamed Emerald in 1992', 'Emerald bought', 'Emerald's
 # AOC') and 'Janes Aviation' (its name until 1992); Streamline Aviation, EuroManx, Emerald Airlines (an unrelated
 # airline, named to be told apart) -> Company; FlyJem (the brand of its passenger services) -> Service; the BAe ATP
 # ('using BAe ATPs', alias 'ATP' from 'the ATPs') and the HS748 ('an HS748 incident') -> Service (aircraft models);
 # Andy Janes (alias 'AS Janes') and Hilary (alias 'HJ Janes') -> Person (the initials read as the founders', husband
 # and wife named Janes who 'formed' the airline and then 'wholly owned' it; doubtful: a reader might keep 'AS Janes'
 # and 'HJ Janes' as two more persons); the Isle of Man Government and the CAA (the aviation regulator, by its acronym
 # only) -> Organization; Liverpool, the United Kingdom (alias 'UK'), Europe, Ireland, Southend airport (as written,
 # lower-case 'airport'), the Irish Sea (a named sea; doubtful), Exeter, Liverpool John Lennon Airport, the Isle of Man,
 # Ronaldsway Airport, the Channel Islands -> Location. No entity: 'Air Operators Certificate' and 'AOC' (a licence),
 # 'postal, newspaper and freight companies' (unnamed), 'administrators' (unnamed), 'Irish'
 entities=[E("Company", EA, "Emerald", "Janes Aviation"), E("Location", "Liverpool"),
           E("Location", "United Kingdom", "UK"), E("Location", "Europe"), E("Location", "Ireland"),
           E("Service", "FlyJem"), E("Person", "Andy Janes", "AS Janes"), E("Person", "Hilary", "HJ Janes"),
           E("Location", "Southend airport"), E("Location", "Irish Sea"), E("Location", "Exeter"),
           E("Company", "Streamline Aviation"), E("Company", "EuroManx"), E("Location", "Liverpool John Lennon Airport"),
           E("Location", "Isle of Man"), E("Service", "BAe ATP", "ATP"), E("Organization", "Isle of Man Government"),
           E("Location", "Ronaldsway Airport"), E("Company", "Emerald Airlines"), E("Organization", "CAA"),
           E("Service", "HS748"), E("Location", "Channel Islands")],
 # 'It was formed by Andy Janes and his wife Hilary as Janes Aviation' -> cofounder each at Emerald Airways (through
 # the former name), current true. Near-misses: 'The airline was wholly owned by AS Janes and HJ Janes' -> no role
 # (owners, no post in the vocabulary; a reader might give other); 'calling in administrators' -> no role (unnamed)
 roles=[R("Andy Janes", "cofounder", EA), R("Hilary", "cofounder", EA)],
 # 'passenger services to Ireland under the brand FlyJem' -> provider(FlyJem, Emerald Airways); 'In October 2002,
 # Emerald bought Exeter based Streamline Aviation' -> acquired(Emerald Airways, Streamline Aviation) and
 # parentOrganization(Streamline Aviation, Emerald Airways). Near-misses: 'EuroManx successfully bought the passenger
 # service of Emerald Airways' and 'Following the takeover these services were then operated under the EuroManx name'
 # -> no acquired and no parentOrganization (a business line bought, not the company; GUIDELINES, Relations: asset
 # purchases -> nothing; doubtful: a reader might read 'takeover' as acquired(EuroManx, Emerald Airways)), and no
 # partner for the crews and planes of Emerald used on EuroManx's services (no contract named; doubtful); 'wholly owned
 # by AS Janes and HJ Janes' -> no parentOrganization (persons); 'one of the ATPs was impounded by the Isle of Man
 # Government' -> nothing (a seizure); 'suspended by the CAA' -> no relation (a regulator's act); 'Emerald Airlines ...
 # is unrelated to Emerald Airways' -> nothing (the text denies a link)
 relations=[L("FlyJem", "provider", EA), L(EA, "acquired", "Streamline Aviation"),
            L("Streamline Aviation", "parentOrganization", EA)],
 # Near-misses for outages: the suspension of the Air Operators Certificate 'On 4 May 2006 at 20:00' by the CAA
 # 'following safety issues' (a regulator's order grounding the airline, as a government order closing a broadcaster is
 # none; doubtful: a reader might record an outage of Emerald's flights from 2006-05-04T20:00) and 'The airline ceased
 # operations on 12 May 2006' (a business failure); 'an HS748 incident in the Channel Islands' (an aircraft incident,
 # no service lost told)
 outages=[],
 # '12 May 2006' -> 2006-05-12; '1987', '1992'; 'October 2002' -> 2002-10; 'June 2005' -> 2005-06; 'November 2020' ->
 # 2020-11; '4 May 2006' -> 2006-05-04; '20:00' (anchored to 4 May 2006 in the same phrase) -> 2006-05-04T20:00
 dates=[D("12 May 2006", "2006-05-12"), D("1987", "1987"), D("1992", "1992"), D("October 2002", "2002-10"),
        D("June 2005", "2005-06"), D("November 2020", "2020-11"), D("4 May 2006", "2006-05-04"),
        D("20:00", "2006-05-04T20:00")])

# ---- airline, Isle of Man: Manx2 --------------------------------------------------------------------------------------
MX = "Manx2"
VAE = "Van Air Europe"
A["wp-manx2"] = dict(
 # the virtual airline -> Company 'Manx2'; Van Air Europe (alias 'VanAir Europe', the same operator of the Let L-410s
 # spelt as one word in the last paragraph; doubtful: a reader might keep two entities), FLM Aviation, Links Air,
 # Citywing, Blue Islands ('the Blue Islands airline'), BASe Air Kft (alias 'Budapest Air Services', the bracketed
 # full name), Jetstream Executive Travel, Flightline BCN -> Company; Noel Hayes -> Person; the Let L-410 Turbolet
 # (alias 'Let L-410'), the BAe Jetstream 31 (alias 'Jetstream 31'), the Fairchild Metroliner -> Service (aircraft
 # models; 'Let', 'BAe' and 'Fairchild' named only inside the model names; GUIDELINES, Types); Isle of Man Airport,
 # Belfast International and Leeds Bradford (airports by their short names; 'Leeds Bradford' also in 'the Isle of Man
 # to Leeds Bradford service'), Ballasalla, Malew, the Isle of Man, the UK, Belfast City (a base and a route end, the
 # city's airport by the usual short name; kept as written), Blackpool, Cardiff, the Channel Islands -> Location. No
 # entity: 'Hangar 9' (a building inside the airport; doubtful), 'Base' and 'BPS' (a call sign and a flight code),
 # 'the team who set up the Blue Islands airline' (unnamed), 'European'
 entities=[E("Company", MX), E("Location", "Isle of Man Airport"), E("Location", "Ballasalla"), E("Location", "Malew"),
           E("Location", "Isle of Man"), E("Location", "UK"), E("Location", "Belfast City"), E("Location", "Blackpool"),
           E("Location", "Cardiff"), E("Company", VAE, "VanAir Europe"), E("Company", "FLM Aviation"),
           E("Company", "Links Air"), E("Company", "Citywing"), E("Person", "Noel Hayes"),
           E("Company", "Blue Islands"), E("Location", "Channel Islands"),
           E("Service", "Let L-410 Turbolet", "Let L-410"), E("Company", "BASe Air Kft", "Budapest Air Services"),
           E("Location", "Belfast International"), E("Location", "Leeds Bradford"),
           E("Service", "BAe Jetstream 31", "Jetstream 31"), E("Company", "Jetstream Executive Travel"),
           E("Service", "Fairchild Metroliner"), E("Company", "Flightline BCN")],
 # 'Its chairman was Noel Hayes' -> chairman at Manx2, current false (the past tense only, as batch 28a read 'She
 # was the CEO'; doubtful: a reader might keep it true, the text writing no 'former'). Near-misses: 'founded by the
 # team who set up the Blue Islands airline' -> no founder role (the team is unnamed; a reader might give Noel Hayes
 # founder, which the text does not say); the infobox's managing director David Buck is cut, so no role for him
 roles=[R("Noel Hayes", "chairman", MX, False)],
 # 'The flights were operated for Manx2 by a number of airlines, including Van Air Europe, FLM Aviation and Links Air'
 # -> partner(Manx2, each) (operating contracts, the airlines flying on Manx2's behalf; 'two 19-seat turboprop Let
 # L-410 aircraft from European operator VanAir Europe' repeats the Van Air Europe pair); 'The aircraft was initially
 # operated by 'BASe Air Kft'' -> partner(Manx2, BASe Air Kft); 'with the aircraft being operated by Jetstream
 # Executive Travel' -> partner(Manx2, Jetstream Executive Travel); 'Manx2 added a Fairchild Metroliner from
 # Flightline BCN to its fleet for a period' -> partner(Manx2, Flightline BCN) (a lease, as batch 36z's wet leases;
 # doubtful: the text names no contract). Near-misses: 'the assets of Manx2 were sold to Citywing' -> no acquired and
 # no parentOrganization (assets, not the company; a reader might record acquired(Citywing, Manx2)); 'founded by the
 # team who set up the Blue Islands airline' -> no relation between Manx2 and Blue Islands (shared founders, no
 # dealing between the companies); the aircraft models -> no provider (their makers named only inside the names)
 relations=[L(MX, "partner", VAE), L(MX, "partner", "FLM Aviation"), L(MX, "partner", "Links Air"),
            L(MX, "partner", "BASe Air Kft"), L(MX, "partner", "Jetstream Executive Travel"),
            L(MX, "partner", "Flightline BCN")],
 # Near-miss for outages: 'Manx2's last flight took place on 31 December 2012' after the assets were sold (a business
 # end, service stopped on purpose)
 outages=[],
 # 'December 2012' -> 2012-12; '31 December 2012' -> 2012-12-31; '11 May 2006' -> 2006-05-11; '11 July 2006' ->
 # 2006-07-11; '12 August 2006' -> 2006-08-12; 'September 2006' -> 2006-09; 'on 15 July' (twice; no year written) ->
 # left out (published null: only absolute expressions)
 dates=[D("December 2012", "2012-12"), D("31 December 2012", "2012-12-31"), D("11 May 2006", "2006-05-11"),
        D("11 July 2006", "2006-07-11"), D("12 August 2006", "2006-08-12"), D("September 2006", "2006-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
