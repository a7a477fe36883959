#!/usr/bin/env python3
"""Batch 36z gold annotations (the texts of batch36z.py), written from each text alone; newskg was not run on
either. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle; batch10_annotate.write_parts), so wp-air-mauritius -> test, wp-precision-air -> train. Both are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates; decades left out). Neither text
tells an outage, so both `outages` lists are empty.
Conventions (GUIDELINES.md part 2; batches 27d-36x): a holder of 51% -> parentOrganization; stakes of 8% to 49% and
the purchase of such a stake -> nothing (minority stakes); 'operated services in conjunction with X' and aircraft
leased or wet-leased from X -> partner (a stated joint operation; a supply contract); a general sales agent for
two airlines -> partner with each (doubtful); airports -> Location; stock exchanges -> Company; aircraft models ->
Service with no relation (the airline flies them; the maker is named only inside the model name, so not annotated);
'the founder of the airline' -> founder.
usage: batch36z_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs, svc
import batch10_annotate as b10

A = {}
# ---- airline, Mauritius: Air Mauritius -------------------------------------------------------------------------------------
AM = "Air Mauritius"
RG = "Rogers and Co. Ltd."
A["wp-air-mauritius"] = dict(
 # the airline -> Company ('The company', 'the carrier', 'It' refer back; the full name 'Air Mauritius Limited' is
 # only in the cut lead); Air France, BOAC ('the BOAC enterprise'), Rogers and Co. Ltd., Air India, British Airways,
 # Air Madagascar, British Airtours and Air Mauritius Holdings -> Company; 'the Government of Mauritius' ->
 # Organization (the later 'government of Mauritius' the same surface form, no alias needed); Mauritius,
 # Rodrigues, London and Nairobi -> Location; the Piper PA-31 Navajo, Vickers VC10, Boeing 707, Boeing 747 SP
 # ('Boeing 747 SPs'), Boeing 767, Airbus A340, Airbus A319, ATR 42 and ATR 72 -> Service (aircraft models; Piper,
 # Vickers, Boeing, Airbus and ATR named only inside model names); 'the stock exchange of Mauritius' (lower case,
 # written as a description) -> nothing (doubtful: a reader might annotate the Stock Exchange of Mauritius as a
 # Company); the Paille-en-Queue (a bird, the airline's symbol) -> nothing
 entities=[E("Company", AM), E("Company", "Air France"), E("Company", "BOAC"),
           E("Organization", "Government of Mauritius"), E("Company", RG), E("Location", "Mauritius"),
           E("Company", "Air India"), E("Company", "British Airways"), E("Service", "Piper PA-31 Navajo"),
           E("Company", "Air Madagascar"), E("Location", "Rodrigues"), E("Service", "Vickers VC10")]
          + locs("London", "Nairobi")
          + [E("Service", "Boeing 707"), E("Company", "British Airtours")]
          + svc("Boeing 747 SP", "Boeing 767", "Airbus A340", "Airbus A319", "ATR 42", "ATR 72")
          + [E("Company", "Air Mauritius Holdings")],
 # the text names no person
 roles=[],
 # 'Air Mauritius Holdings (51%)' -> parentOrganization (a majority holder); the founders' 27.5% each, Rogers's
 # balance, the three airlines' joint 25% and the government's 8.4% -> nothing (minority stakes; doubtful: a reader
 # might record the three founders as partners in a joint venture); 'operated international services in
 # conjunction with Air France, Air India and British Airways' -> partner with each; the Navajo 'leased from Air
 # Madagascar' -> partner; the VC10 'wet-leased ... from British Airways' -> the same partner pair again; the Boeing
 # 707 'wet-leased from British Airtours' -> partner; Rogers 'the general sales agent for Air France and BOAC
 # within Mauritius' -> partner(Rogers, Air France) and partner(Rogers, BOAC) (doubtful: an agency contract read
 # as a supply/customer relation); the 1995 listing -> nothing
 relations=[L(AM, "parentOrganization", "Air Mauritius Holdings"),
            L(RG, "partner", "Air France"), L(RG, "partner", "BOAC"),
            L(AM, "partner", "Air France"), L(AM, "partner", "Air India"), L(AM, "partner", "British Airways"),
            L(AM, "partner", "Air Madagascar"), L(AM, "partner", "British Airtours")],
 outages=[],
 # 'the 1970s and 1980s' (decades) -> left out; '(2012 -03-31)', the copy's rendering of the same day as '31 March
 # 2012', is listed as its own surface form (doubtful: a reader might pass over it as markup)
 dates=[D("14 June 1967", "1967-06-14"), D("1972", "1972"), D("August 1972", "1972-08"), D("1973", "1973"),
        D("1 November 1977", "1977-11-01"), D("1988", "1988"), D("1994", "1994"), D("2001", "2001"),
        D("1987", "1987"), D("2002", "2002"), D("1995", "1995"), D("31 March 2012", "2012-03-31"),
        D("2012 -03-31", "2012-03-31"), D("March 2007", "2007-03")])

# ---- airline, Tanzania: Precision Air ----------------------------------------------------------------------------------------
PA = "Precision Air Services Plc"
A["wp-precision-air"] = dict(
 # the airline -> Company, 'Precision Air' an alias ('DSE:PAL', a ticker, not added); Julius Nyerere International
 # Airport -> Location; Dar es Salaam, Nairobi, Comoros and Tanzania -> Location; Kenya Airways, South African
 # Airways and Air Tanzania -> Company; Michael Shirima -> Person, 'Shirima' an alias (from "Shirima's"); the Dar es
 # Salaam Stock Exchange -> Company; 'the IATA Operational Safety Audit' (a programme; IATA named only inside it) ->
 # nothing (doubtful: a reader might annotate IATA as an Organization)
 entities=[E("Company", PA, "Precision Air"), E("Location", "Julius Nyerere International Airport"),
           E("Location", "Dar es Salaam")]
          + locs("Nairobi", "Comoros", "Tanzania")
          + [E("Company", "Kenya Airways"), E("Company", "South African Airways"), E("Company", "Air Tanzania"),
             E("Person", "Michael Shirima", "Shirima"), E("Company", "Dar es Salaam Stock Exchange")],
 # 'Michael Shirima, the founder of the airline' -> founder (current: the founding is a fact that stays; he is
 # not said to have left)
 roles=[R("Michael Shirima", "founder", PA)],
 # 'Kenya Airways owns 41.23% of the airline' and its 2003 purchase of 'a 49 percent stake' -> nothing (a minority
 # stake; doubtful: a reader might record acquired, or parentOrganization, since a news source elsewhere calls the
 # airline Kenya Airways' subsidiary, which this text does not); South African Airways' 49 percent stake in Air
 # Tanzania -> nothing (minority stake); Shirima's retained 51 percent -> no relation (a person, not an
 # organisation); the listing on the Dar es Salaam Stock Exchange -> nothing; 'its rival' -> nothing
 relations=[],
 outages=[],
 dates=[D("January 1991", "1991-01"), D("1993", "1993"), D("November 1993", "1993-11"), D("2006", "2006"),
        D("April 2011", "2011-04"), D("2003", "2003"), D("October 2011", "2011-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
