#!/usr/bin/env python3
"""Batch 19c gold annotations (the 14 texts of batch19c.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the 14 ids sorted, then dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b).
usage: batch19c_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10
IDS = sorted("""wn-euro-disney-sca-receives-new-ceo-2005
wn-uks-baa-forced-sell-three-airports-2009
wn-air-france-klm-interested-acquiring-czech-2009
wn-scottish-radio-holdings-set-buy-highland-2005
wn-singapore-airlines-bid-china-eastern-airlines-2008
wn-pepsico-buys-polands-star-foods-2006
wn-uk-cable-tv-operator-ntl-acquires-2005
wn-deutsche-b-rse-quits-lse-takeover-2005
wn-australian-telecomms-firm-telstra-offers-rebates-2005
wn-former-head-royal-bank-scotland-fred-2009
wn-spanish-airline-lte-suspends-all-flights-2008
wn-edinburgh-airport-runway-damage-causes-delays-2007
wn-low-fares-airline-ryanair-celebrates-twenty-2005
gov-uk-orr-chair-announced-declan-collier-2018""".split())
A = {}
A["wn-euro-disney-sca-receives-new-ceo-2005"] = dict(
 entities=[E("Company", "Disney"), E("Company", "Euro Disney SCA", "Euro Disney"),
           E("Person", "Andre Lacroix"), E("Person", "Karl Holz", "Holz"),
           E("Company", "Walt Disney Parks and Resorts"), E("Company", "Disney Cruise Line"),
           E("Location", "Walt Disney World"), E("Location", "Disneyland Resort Paris"),
           E("Location", "Marne-la-Vallee"), E("Location", "France"),
           E("Location", "Europe")],  # 'Europe's largest theme park operator'; added in the post-annotation check
 # 'Euro Disney chief executive officer Andre Lacroix would step down and be replaced with Karl Holz immediately':
 # Lacroix leaves (current false), Holz takes the post (current true); Holz's earlier posts are told as past ('has
 # been president of the Disney Cruise Line and executive of operations at Walt Disney World', 'was chief operating
 # officer at Euro Disney'); Walt Disney World is a resort (a place, as the corpus types parks and airports), so
 # 'executive of operations at Walt Disney World' has no organisation: no role for it
 roles=[R("Andre Lacroix", "ceo", "Euro Disney SCA", False), R("Karl Holz", "ceo", "Euro Disney SCA"),
        R("Karl Holz", "president", "Disney Cruise Line", False), R("Karl Holz", "coo", "Euro Disney SCA", False)],
 # 'Disney is Euro Disney SCA's major share holder' (beside other shareholders): a largest shareholder, not said to
 # own the company: no parentOrganization; 'oversees Disneyland Resort Paris' names a place
 relations=[], outages=[],
 dates=[D("Thursday", "2005-05-19")])
A["wn-uks-baa-forced-sell-three-airports-2009"] = dict(
 entities=[E("Company", "BAA Limited", "BAA"), E("Organization", "Competition Commission", "Commission"),
           E("Location", "Gatwick"), E("Location", "Stansted"), E("Location", "London"), E("Location", "England"),
           E("Location", "Edinburgh International Airport"), E("Location", "Glasgow International Airport"),
           E("Location", "Scotland"), E("Location", "Spain"), E("Company", "Grupo Ferrovial", "Ferrovial"),
           E("Location", "Heathrow"), E("Company", "Ryanair"), E("Company", "Easyjet"), E("Location", "UK")],
 roles=[],
 # 'BAA, mostly owned by Spain's Grupo Ferrovial' → parentOrganization; 'Ferrovial, who bought BAA and their seven UK
 # airports in 2006' → a completed purchase: acquired (and the parent relation, already there); the airports to be
 # sold have no buyer: nothing
 relations=[L("BAA Limited", "parentOrganization", "Grupo Ferrovial"), L("Grupo Ferrovial", "acquired", "BAA Limited")],
 outages=[],
 dates=[D("last year", "2008"), D("2008", "2008"), D("2006", "2006")])
A["wn-air-france-klm-interested-acquiring-czech-2009"] = dict(
 entities=[E("Company", "Air France-KLM"), E("Company", "Czech Airlines", "CSA"),
           E("Organization", "Czech Ministry of Finance"), E("Organization", "Czech Consolidation Agency"),
           E("Organization", "SkyTeam"), E("Company", "Aeroflot"), E("Location", "Europe")],
 # 'Europe' occurs in 'Europe's largest airline' and in 'Central and Eastern Europe'
 roles=[],
 # 'The Czech Ministry of Finance owns 56.92%' (a majority) → parentOrganization; the Consolidation Agency's 34.59%
 # is a minority stake: nothing; Air France-KLM's and Aeroflot's interest is no deal (near-miss); membership of the
 # SkyTeam alliance is no stated partnership between the two airlines
 relations=[L("Czech Airlines", "parentOrganization", "Czech Ministry of Finance")],
 outages=[],
 dates=[D("Monday", "2009-03-23"), D("Last month", "2009-02"), D("today", "2009-03-23"), D("June", "2009-06")])
A["wn-scottish-radio-holdings-set-buy-highland-2005"] = dict(
 entities=[E("Company", "Scottish Radio Holdings", "SRH"), E("Location", "Donegal"),
           E("Company", "Highland Radio"), E("Organization", "Broadcasting Commission of Ireland"),
           E("Organization", "Competition Authority"), E("Location", "Ireland"), E("Location", "Letterkenny"),
           E("Company", "Today FM"), E("Company", "FM104"), E("Location", "UK")],
 # 'the Minister for Enterprise, Trade and Employment' names no person: no role
 roles=[],
 # 'has reached an agreement to purchase ... Highland Radio' (approved in principle, still open to a block): agreed,
 # not completed → acquired only; 'SRH ... already owning both Today FM and FM104' → parentOrganization each
 relations=[L("Scottish Radio Holdings", "acquired", "Highland Radio"),
            L("Today FM", "parentOrganization", "Scottish Radio Holdings"),
            L("FM104", "parentOrganization", "Scottish Radio Holdings")],
 outages=[],
 dates=[D("1990", "1990")])
A["wn-singapore-airlines-bid-china-eastern-airlines-2008"] = dict(
 entities=[E("Company", "Singapore Airlines", "SA"), E("Company", "China Eastern Airlines", "China Eastern"),
           E("Company", "Forbes"), E("Company", "AFP"), E("Location", "Shanghai"),
           E("Location", "People's Republic of China", "China"), E("Company", "Financial Times Online"),
           E("Company", "Temasek Holdings"), E("Company", "Air China"), E("Company", "Cathay Pacific"),
           E("Company", "China National Aviation Corp.")],
 # 'China' (in "China's third-largest airline") is an alias of 'People's Republic of China'; 'the Singaporean
 # government' is no named entity; 'throughout the year' (2007 by context) is not resolved against `published`
 roles=[],
 # 'Singapore Airlines, which the Singaporean government owns a 55% stake in via Temasek Holdings' → parent is the
 # holding company named; 'China National Aviation Corp., the parent company of Air China' → parentOrganization; the
 # 24% stake bid was turned down, Air China's bid is rumour, Cathay's 'cross-shareholding relationship' is no stated
 # ownership of either: nothing
 relations=[L("Singapore Airlines", "parentOrganization", "Temasek Holdings"),
            L("Air China", "parentOrganization", "China National Aviation Corp.")],
 outages=[],
 dates=[D("March 2007", "2007-03"), D("May 21, 2007", "2007-05-21")])
A["wn-pepsico-buys-polands-star-foods-2006"] = dict(
 entities=[E("Company", "PepsiCo"), E("Location", "Poland"), E("Company", "Star Foods"),
           E("Service", "Star Chips"), E("Service", "Mr. Snaki"), E("Company", "Advent International"),
           E("Company", "Copernicus Capital Partners"), E("Company", "Cazolico S.A.")],
 roles=[],
 # 'PepsiCo has acquired Poland's Star Foods' → acquired + parentOrganization; 'Star Foods was selling potato chips
 # under the brand Star Chips, and corn snacks under the brand Mr. Snaki' → provider; 'privately held by the Mitzalis
 # family, Advent International, Copernicus Capital Partners, and Cazolico S.A.' → past owners, one relation per
 # named company owner (ownership stated as past is still recorded; the family is no entity)
 relations=[L("PepsiCo", "acquired", "Star Foods"), L("Star Foods", "parentOrganization", "PepsiCo"),
            L("Star Chips", "provider", "Star Foods"), L("Mr. Snaki", "provider", "Star Foods"),
            L("Star Foods", "parentOrganization", "Advent International"),
            L("Star Foods", "parentOrganization", "Copernicus Capital Partners"),
            L("Star Foods", "parentOrganization", "Cazolico S.A.")],
 outages=[], dates=[])
A["wn-uk-cable-tv-operator-ntl-acquires-2005"] = dict(
 entities=[E("Location", "United Kingdom", "UK", "Britain"), E("Company", "NTL"), E("Company", "Telewest Broadband", "Telewest"),
           E("Location", "New York"), E("Location", "U.S."), E("Company", "NASDAQ"),
           E("Company", "British Sky Broadcasting", "BSkyB"), E("Company", "BT Group plc")],
 roles=[],
 # 'NTL has agreed to buy Telewest Broadband' (to close once approved) → acquired only
 relations=[L("NTL", "acquired", "Telewest Broadband")],
 outages=[],
 dates=[D("the first quarter of 2006", "2006-Q1")])
A["wn-deutsche-b-rse-quits-lse-takeover-2005"] = dict(
 entities=[E("Company", "Frankfurt Stock Exchange"), E("Company", "Deutsche Börse"),
           E("Company", "London Stock Exchange", "LSE"), E("Person", "Werner Seifert"),
           E("Company", "Euronext NV"), E("Location", "Paris"), E("Location", "Amsterdam"), E("Location", "Brussels"),
           E("Location", "Lisbon"), E("Location", "London"), E("Company", "Liffe")],
 # 'London' occurs only in 'London-based' (a named place inside a compound: annotated)
 # 'Its announcement is a setback for the chief executive Werner Seifert' (Deutsche Börse's) → ceo
 roles=[R("Werner Seifert", "ceo", "Deutsche Börse")],
 # 'The owner of the Frankfurt Stock Exchange, Deutsche Börse' → parentOrganization; Euronext 'owns ... the tiny
 # London-based exchange Liffe' → parentOrganization; the exchanges in Paris, Amsterdam, Brussels and Lisbon are not
 # named; the LSE takeover was quit: nothing (near-miss)
 relations=[L("Frankfurt Stock Exchange", "parentOrganization", "Deutsche Börse"),
            L("Liffe", "parentOrganization", "Euronext NV")],
 outages=[], dates=[])
A["wn-australian-telecomms-firm-telstra-offers-rebates-2005"] = dict(
 entities=[E("Company", "Telstra"), E("Location", "United Kingdom"), E("Location", "England"), E("Location", "Europe"),
           E("Person", "Sol Trujillo"), E("Organization", "Australian Federal Government")],
 # 'Telstra chief Sol Trujillo' → ceo (the company's chief)
 roles=[R("Sol Trujillo", "ceo", "Telstra")], relations=[],
 outages=[],  # near-miss: rebates on calls made after the London bombings; no service lost
 # 'Thursday the 7th' = 7 July 2005 (a Thursday, 'July 7' in the text); 'Saturday the 8th' names a day that does not
 # fit the calendar (8 July 2005 was a Friday): skipped with its clock time
 dates=[D("6pm AEST Thursday the 7th", "2005-07-07T18:00"), D("Thursday the 7th", "2005-07-07"),
        D("July 7", "2005-07-07")])
A["wn-former-head-royal-bank-scotland-fred-2009"] = dict(
 entities=[E("Person", "Fred Goodwin", "Goodwin"), E("Company", "Royal Bank of Scotland", "RBS"),
           E("Location", "UK")],
 # 'Sir Fred Goodwin' → name without the honorific (the corpus's usage, as 'Dr Tony Ryan' → Tony Ryan; fixed in the
 # post-annotation check); 'the former head of Royal Bank of Scotland' → head, current false; 'owned mainly by the UK government' names the
 # owner only as 'the UK government' (no named body): no relation
 roles=[R("Fred Goodwin", "head", "Royal Bank of Scotland", False)], relations=[],
 outages=[],
 dates=[D("last autumn", "2008"), D("October 2008", "2008-10")])
A["wn-spanish-airline-lte-suspends-all-flights-2008"] = dict(
 entities=[E("Company", "LTE International Airways", "LTE", "LTU", "Volar Airlines"), E("Service", "Airbus A320"),
           E("Location", "Spain"), E("Location", "Italy"), E("Location", "Saudi Arabia"),
           E("Location", "United Kingdom"), E("Company", "FlySur"), E("Location", "Andalusia")],
 # 'has been known as both LTU and Volar Airlines in the past': former names → aliases; 'Airbus' occurs only inside
 # the aircraft model's name: not its own entity
 roles=[], relations=[],
 outages=[],  # near-miss: all flights suspended 'due to financial trouble' (a business failure)
 dates=[D("1987", "1987")])
A["wn-edinburgh-airport-runway-damage-causes-delays-2007"] = dict(
 entities=[E("Location", "Edinburgh Airport"), E("Location", "Scotland"),
           E("Company", "British Airports Authority", "BAA")],
 roles=[],  # 'A spokeswoman for the British Airports Authority' is not named: no role
 relations=[],
 outages=[],  # near-miss: the runway was closed after debris and damage were found (physical damage), flights delayed
 dates=[D("Thursday", "2007-08-23"), D("9:20 a.m. BST", "2007-08-23T09:20")])
A["wn-low-fares-airline-ryanair-celebrates-twenty-2005"] = dict(
 entities=[E("Company", "Ryanair"), E("Person", "Tony Ryan"), E("Location", "Waterford"),
           E("Location", "London Gatwick"), E("Company", "British Airways"), E("Company", "Aer Lingus"),
           E("Location", "Europe"), E("Service", "Boeing 737"), E("Company", "Boeing"),
           E("Person", "Michael O'Leary"), E("Location", "Mullingar"), E("Location", "England"),
           E("Location", "London"), E("Location", "Ireland")],
 # 'London' and 'Ireland' occur in 'London-Ireland flights' (named places inside a compound: annotated, as 'London-based'
 # in the Deutsche Börse text);
 # 'Europe' in 'European' is an adjective, 'Europe' is written out at the end of the quotation
 # 'founded in 1985 by the Irish businessman, Dr Tony Ryan' → founder; 'Ryanair CEO Michael O'Leary' → ceo
 roles=[R("Tony Ryan", "founder", "Ryanair"), R("Michael O'Leary", "ceo", "Ryanair")],
 relations=[L("Boeing 737", "provider", "Boeing")],  # 'awaiting the arrival of a future 225 aircraft from Boeing'
 outages=[],
 dates=[D("1985", "1985"), D("today", "2005-05-28"), D("20 years ago", "1985")])
A["gov-uk-orr-chair-announced-declan-collier-2018"] = dict(
 entities=[E("Person", "Declan Collier", "Collier", "Declan"), E("Organization", "Office of Rail and Road", "ORR"),
           E("Organization", "Transport Select Committee"), E("Person", "Stephen Glaister"),
           E("Person", "Chris Grayling"), E("Location", "England"), E("Company", "Network Rail"),
           E("Company", "London City Airport"), E("Company", "Dublin Airports Authority"),
           E("Company", "The Royal Schiphol Group"), E("Company", "TCR International NV")],
 # Collier is announced for the ORR chair ('expected to start work as Chair on 1 January 2019'): chairman, current
 # (a post he is announced to take); 'stepped down as CEO of London City Airport' and 'prior to that he was CEO of
 # Dublin Airports Authority' → ceo, current false; 'currently a non-executive board member of' two companies →
 # director each; Glaister is 'the current chair' who 'steps down at the end of 2018' (not yet left) and 'will
 # return being a non-executive director on ORR's board' → chairman and director, current; 'Transport Secretary
 # Chris Grayling' names no department or country on its own: no role
 roles=[R("Declan Collier", "chairman", "Office of Rail and Road"),
        R("Declan Collier", "ceo", "London City Airport", False),
        R("Declan Collier", "ceo", "Dublin Airports Authority", False),
        R("Declan Collier", "director", "The Royal Schiphol Group"),
        R("Declan Collier", "director", "TCR International NV"),
        R("Stephen Glaister", "chairman", "Office of Rail and Road"),
        R("Stephen Glaister", "director", "Office of Rail and Road")],
 relations=[], outages=[],
 dates=[D("today", "2018-08-21"), D("21 August 2018", "2018-08-21"), D("later this year", "2018"),
        D("1 January 2019", "2019-01-01"), D("the end of 2018", "2018"), D("2018", "2018"), D("2012", "2012")])
if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
