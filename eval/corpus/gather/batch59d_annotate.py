#!/usr/bin/env python3
"""Batch 59d gold annotations (the texts of batch59d.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-58k; batch10_annotate.write_parts), so with four texts: wp-british-regional-airlines test,
wp-expressjet train, wp-red-funnel dev, wp-travelodge-uk train. All are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'that year' (British Regional Airlines), 'Today' (Red Funnel) -> left out (tied
to a date the text names or to the reading day, as batch 58k left out 'the following year'); 'the early 1970s'
(Travelodge) and 'the nineteen-nineties' (Red Funnel) -> left out (parts of decades: no year, month or quarter value).
No text tells an outage, so every `outages` list is empty; one tells a near-miss (ExpressJet's lost contract in the
COVID-19 pandemic; GUIDELINES, Outages: business events are none). No text names a person with a title (the key people
of each infobox are cut), so no text has a role; Charles Forte (Travelodge) is named without one.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-58k, batch 58k above all): 'X was purchased by Y', 'X was
bought by Y', 'Y had acquired the company', 'X was sold to Y' -> acquired and parentOrganization (completed purchases;
ownership told as past is still recorded); 'it was announced that X ... would be purchased by Y' -> acquired only (an
announced deal; GUIDELINES, Relations: agreed, not completed); a company 'acquired and absorbed in to the group' ->
acquired only (merged away); 'Y (the parent company of X)', 'Y which owned X', 'X with Y as the majority owner' ->
parentOrganization; a company that 'created' or 'would later open' another -> parentOrganization(created, creator) (the
founder company's ownership, as batch 58k read 'founded by Sutton Harbour Holdings'; doubtful); 'franchise partner of',
'a franchise carrier for' -> partner; 'a joint venture ... with A as the majority owner and B as the minority owner' ->
partner(A, B); a brand of flights or of motels, an airline franchise brand, an aircraft model -> Service (GUIDELINES,
Types), provider only where the text ties the brand to a named company; minority owners, a management buy-out backed by
a bank, a fended-off hostile bid, rivals, mergers with no buyer -> nothing; 'City, State' and 'Town, Region' -> one
Location as written (batches 55-58), the town or region named alone elsewhere -> its own Location; airports and a
named quay -> Location (GUIDELINES, Types: named sites); ships' names and a ship class -> nothing (GUIDELINES, Types);
adjectives ('American', 'British', 'Scottish built', 'Italian built') -> nothing.
usage: batch59d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airline, United States: ExpressJet --------------------------------------------------------------------------
XJ = "ExpressJet Airlines"
SKI = "SkyWest, Inc."
TAC = "Texas Air Corporation"
CAL = "Continental Airlines"
ORIGINS = ["Bar Harbor Airlines", "Provincetown-Boston Airlines", "Rocky Mountain Airways", "Britt Airways"]
A["wp-expressjet"] = dict(
 # the airline -> Company 'ExpressJet Airlines', alias 'ExpressJet'; SkyWest, Inc. (alias 'SkyWest': 'would be
 # spun-off by SkyWest', the seller being the owner), SkyWest Airlines, Atlantic Southeast Airlines, ManaAir (a joint
 # venture run as a company), KAir Enterprises, United Airlines (alias 'United': 'Amid the transaction with United'),
 # Texas Air Corporation, Continental Airlines, Bar Harbor Airlines, Provincetown-Boston Airlines, Rocky Mountain
 # Airways, Britt Airways -> Company; Britt Airways' aliases 'Britt' and 'Continental Express' ('Britt, which began
 # operations as Continental Express in April 1987': the name it flew under; doubtful: a reader who knows ExpressJet's
 # history may make Continental Express ExpressJet's former name, but this text ties it to Britt); the Federal Aviation
 # Administration -> Organization; 'aha!' ('a brand for flights'), American Eagle, Delta Connection, United Express
 # (brands under which the airline flew; GUIDELINES, Types: a brand users use) -> Service; College Park, Georgia, Maine,
 # New England, Denver, Colorado, Terre Haute, Indiana ('City, State' as one Location each), Reno-Tahoe International
 # Airport, the West Coast of the United States (a region, as written), the United States -> Location. No entity:
 # 'Part 121 certificate' (a certificate class), 'the COVID-19 pandemic' (an event), 'American' (an adjective)
 entities=[E("Company", XJ, "ExpressJet"), E("Location", "College Park, Georgia"), E("Service", "aha!"),
           E("Location", "Reno-Tahoe International Airport"), E("Location", "West Coast of the United States"),
           E("Company", SKI, "SkyWest"), E("Company", "SkyWest Airlines"), E("Location", "United States"),
           E("Company", "Atlantic Southeast Airlines"), E("Service", "American Eagle"), E("Service", "Delta Connection"),
           E("Service", "United Express"), E("Company", "ManaAir"), E("Company", "KAir Enterprises"),
           E("Company", "United Airlines", "United"), E("Company", TAC), E("Company", CAL),
           E("Company", "Bar Harbor Airlines"), E("Location", "Maine"), E("Company", "Provincetown-Boston Airlines"),
           E("Location", "New England"), E("Company", "Rocky Mountain Airways"), E("Location", "Denver, Colorado"),
           E("Company", "Britt Airways", "Britt", "Continental Express"), E("Location", "Terre Haute, Indiana"),
           E("Organization", "Federal Aviation Administration")],
 # No role: no person is named in the kept text (the infobox's 'Subodh Karnik (CEO & Chairman)' is cut)
 roles=[],
 # 'The company plans to launch aha! a brand for flights' -> provider(aha!, ExpressJet Airlines) (the company's own
 # brand, planned; doubtful: not yet flying); 'The airline was purchased by SkyWest, Inc. ... in November 2010' ->
 # acquired(SkyWest, Inc., ExpressJet Airlines) and parentOrganization (a completed purchase; 'merged with Atlantic
 # Southeast Airlines' does not merge ExpressJet away: the text goes on with it under its own name); 'SkyWest, Inc. (the
 # parent company of SkyWest Airlines ...)' -> parentOrganization(SkyWest Airlines, SkyWest, Inc.); 'it was announced
 # that ExpressJet ... would be purchased by a joint venture called ManaAir' -> acquired(ManaAir, ExpressJet Airlines)
 # only (announced, not told as completed; doubtful: 'Amid the transaction with United' shows it under way); 'with KAir
 # Enterprises as the majority (50.1%) owner' -> parentOrganization(ManaAir, KAir Enterprises); 'a joint venture ...
 # with KAir Enterprises as the majority ... owner and United Airlines as the minority ... owner' -> partner(KAir
 # Enterprises, United Airlines) (a joint venture; GUIDELINES, Relations); 'a group of small commuter airlines acquired
 # by Texas Air Corporation / Continental Airlines. These included ...' -> acquired(Texas Air Corporation, each of the
 # four) and acquired(Continental Airlines, each) (the text names the pair as the buyer; which of the two held each is
 # not said, so no parentOrganization; doubtful: a reader might give the purchases to one of the two only); 'Britt, which
 # ... was later acquired by Continental Airlines' -> parentOrganization(Britt Airways, Continental Airlines) besides the
 # acquired link already listed. Near-misses: 'merged with Atlantic Southeast Airlines' -> nothing (a merger with no
 # buyer named); 'United Airlines as the minority (49.9%) owner' -> no parentOrganization (a minority stake, as batch 58k
 # read British Airways' 'large minority shareholding'); 'would be spun-off by SkyWest' -> nothing apart (the same
 # sale); 'contracts to fly as American Eagle, Delta Connection and United Express' and 'flew solely as United Express
 # until it lost its contract' -> no partner and no provider (the brands' owners are not named as such; the contract's
 # other party is not named; doubtful: a reader might take United Airlines as United Express's provider and ExpressJet's
 # partner); 'the original Federal Aviation Administration Part 121 certificate' -> nothing (a regulator's certificate)
 relations=[L("aha!", "provider", XJ), L(SKI, "acquired", XJ), L(XJ, "parentOrganization", SKI),
            L("SkyWest Airlines", "parentOrganization", SKI), L("ManaAir", "acquired", XJ),
            L("ManaAir", "parentOrganization", "KAir Enterprises"), L("KAir Enterprises", "partner", "United Airlines")]
           + [L(TAC, "acquired", x) for x in ORIGINS] + [L(CAL, "acquired", x) for x in ORIGINS]
           + [L("Britt Airways", "parentOrganization", CAL)],
 # Near-miss for outages: 'it lost its contract on September 30, 2020 resulting from decimation in travel due to the
 # COVID-19 pandemic' (a lost contract, no service failure; GUIDELINES, Outages)
 outages=[],
 # 'October 24, 2021' -> 2021-10-24; '1986' and '1987' (each twice, one item each); 'November 2010' -> 2010-11; 'late
 # 2018' -> 2018 (GUIDELINES, Dates: 'late 2006' -> the year); 'September 30, 2020' -> 2020-09-30; 'April 1987' ->
 # 1987-04
 dates=[D("October 24, 2021", "2021-10-24"), D("1986", "1986"), D("1987", "1987"), D("November 2010", "2010-11"),
        D("late 2018", "2018"), D("September 30, 2020", "2020-09-30"), D("April 1987", "1987-04")])

# ---- airline, England: British Regional Airlines ------------------------------------------------------------------
BR = "British Regional Airlines"
BRG = "British Regional Airlines Group"
BA = "British Airways"
MX = "Manx Airlines"
MXE = "Manx Airlines Europe"
AOB = "Airlines of Britain Holdings"
A["wp-british-regional-airlines"] = dict(
 # the airline -> Company 'British Regional Airlines'; the group it belonged to -> Company 'British Regional Airlines
 # Group', alias 'BRAL' (kept apart from the airline: the text names the group and then 'a combined British Regional
 # Airlines' inside it); British Airways, Manx Airlines, Manx Airlines Europe, Airlines of Britain Holdings, British
 # Midland, Loganair, Business Air -> Company; the United Kingdom Civil Aviation Authority -> Organization (the country
 # inside the name, as batch 58k); the British Airways Express brand, the Saab 340 and the BAe 146 (aircraft models;
 # their makers only inside the names, batch 58k's Dash 7) -> Service; Manchester, the United Kingdom (alias 'UK': 'UK
 # regional airports', 'The UK based'; 'within the United Kingdom' names it alone), the Isle of Man -> Location. No
 # entity: 'Type A Operating Licence' (a licence class), 'European' (an adjective), 'the regional airlines', 'a separate
 # grouping' (descriptions)
 entities=[E("Company", BR), E("Company", BA), E("Location", "Manchester"), E("Location", "United Kingdom", "UK"),
           E("Organization", "United Kingdom Civil Aviation Authority"), E("Company", MX), E("Company", MXE),
           E("Service", "British Airways Express"), E("Company", AOB), E("Company", "British Midland"),
           E("Company", "Loganair"), E("Company", BRG, "BRAL"), E("Location", "Isle of Man"),
           E("Company", "Business Air"), E("Service", "Saab 340"), E("Service", "BAe 146")],
 # No role: no person is named in the kept text (the infobox's 'Michael Bishop (Chairman), Terry Liddiard (MD)' is cut)
 roles=[],
 # 'British Regional Airlines was a franchise partner of British Airways' -> partner(British Regional Airlines, British
 # Airways); 'Manx Airlines created Manx Airlines Europe' -> parentOrganization(Manx Airlines Europe, Manx Airlines) (a
 # subsidiary its parent set up; doubtful, as batch 58k's 'founded by Sutton Harbour Holdings'); 'Manx Airlines Europe
 # became a franchise carrier for British Airways' -> partner(Manx Airlines Europe, British Airways); 'under the British
 # Airways Express brand' -> provider(British Airways Express, British Airways) (the franchisor's brand, its name and the
 # franchise tie both given); 'Airlines of Britain Holdings which owned British Midland along with regional carriers
 # Manx Airlines, Manx Airlines Europe, and Loganair' -> parentOrganization(each of the four, Airlines of Britain
 # Holdings) (past ownership still recorded); 'the three regional carriers were spun off as the British Regional Airlines
 # Group (BRAL)' -> parentOrganization(Manx Airlines, Manx Airlines Europe and Loganair each, British Regional Airlines
 # Group) (the group formed of them; doubtful: a reader might read the group as the three themselves, no holding); 'the
 # ... franchise operations of Manx Airlines Europe and Loganair now operated as a combined British Regional Airlines'
 # inside the group -> parentOrganization(British Regional Airlines, British Regional Airlines Group) (doubtful: the
 # infobox's 'Parent: BRAL Group' is cut, and the text says it only through the name and 'the group'); 'Business Air was
 # also acquired and absorbed in to the group' -> acquired(British Regional Airlines Group, Business Air) only (absorbed:
 # merged away; the buyer is 'the group'). Near-misses: 'split the regional airlines into a separate grouping' and 'spun
 # off' -> no acquired (a reorganisation, no purchase); 'Manx Airlines continued to operate services from the Isle of
 # Man' -> nothing; 'seven Saab 340 and one additional BAe 146 aircraft' -> no provider (no maker named on its own); 'a
 # United Kingdom Civil Aviation Authority Type A Operating Licence' -> nothing (a regulator's licence)
 relations=[L(BR, "partner", BA), L(MXE, "parentOrganization", MX), L(MXE, "partner", BA),
            L("British Airways Express", "provider", BA), L("British Midland", "parentOrganization", AOB),
            L(MX, "parentOrganization", AOB), L(MXE, "parentOrganization", AOB), L("Loganair", "parentOrganization", AOB),
            L(MX, "parentOrganization", BRG), L(MXE, "parentOrganization", BRG), L("Loganair", "parentOrganization", BRG),
            L(BR, "parentOrganization", BRG), L(BRG, "acquired", "Business Air")],
 # No outage and no near-miss of one told
 outages=[],
 # 'March 1991' -> 1991-03; '1995'; 'September 1996' -> 1996-09; 'that year' (relative) -> left out
 dates=[D("March 1991", "1991-03"), D("1995", "1995"), D("September 1996", "1996-09")])

# ---- ferries, England: Red Funnel ---------------------------------------------------------------------------------
RF = "The Southampton, Isle of Wight and South of England Royal Mail Steam Packet Co. Limited"
JPM = "JP Morgan Partners Inc."
ABP = "Associated British Ports Holdings"
A["wp-red-funnel"] = dict(
 # the ferry company -> Company under its registered name as written (the fullest form, 'The' included as the text
 # gives it), alias 'Red Funnel' ('the Red Funnel' of the strapline sentence included; 'the famous black-topped red
 # funnel' is the livery, lower case, no alias); Wightlink, Hovertravel ('rival companies'), JP Morgan Partners Inc.,
 # Associated British Ports Holdings, Sally Lines, the Royal Bank of Scotland -> Company; the United Kingdom, 'Cowes,
 # Isle of Wight' and 'Southampton, England' (each 'Town, Region' as one Location, as the batches' 'City, State'),
 # East Cowes, the Town Quay (a named quay; GUIDELINES, Types: named sites), Southampton, West Cowes, the Isle of Wight
 # and England (each also named alone) -> Location. No entity: the MV Medina III and the steamers The Pearl, The
 # Emerald, The Ruby and The Sapphire (ships' names; GUIDELINES, Types), the Raptor class (a class of ships, no product
 # users buy), 'The Original Isle of Wight Ferries' (a strapline), 'British', 'Scottish built', 'Italian built'
 entities=[E("Company", RF, "Red Funnel"), E("Location", "United Kingdom"), E("Location", "Cowes, Isle of Wight"),
           E("Location", "Southampton, England"), E("Location", "East Cowes"), E("Location", "Town Quay"),
           E("Location", "Southampton"), E("Location", "West Cowes"), E("Location", "Isle of Wight"),
           E("Location", "England"), E("Company", "Wightlink"), E("Company", "Hovertravel"), E("Company", JPM),
           E("Company", ABP), E("Company", "Sally Lines"), E("Company", "Royal Bank of Scotland")],
 # No role: no person is named in the kept text
 roles=[],
 # 'In 2001 The company was sold to JP Morgan Partners Inc.' -> acquired(JP Morgan Partners Inc., the company) and
 # parentOrganization; 'by Associated British Ports Holdings who had acquired the company in 1989' ->
 # acquired(Associated British Ports Holdings, the company) and parentOrganization (ownership told as past, still
 # recorded). Near-misses: 'to fend off a hostile take over by Sally Lines' -> nothing (a bid that failed; GUIDELINES,
 # Relations); 'sold again in a management buy-out backed by the Royal Bank of Scotland' -> no acquired (the buyers, the
 # managers, are not a named company) and no partner with the bank (financing; doubtful: a reader might record the bank
 # as the new owner); 'rival companies such as Wightlink and Hovertravel' -> nothing (rivals); 'Formed in 1861' -> no
 # founder (none named)
 relations=[L(JPM, "acquired", RF), L(RF, "parentOrganization", JPM), L(ABP, "acquired", RF),
            L(RF, "parentOrganization", ABP)],
 # No outage and no near-miss of one told (the cut 'Notable events' section's 2006 event is not in the text)
 outages=[],
 # '1861'; '1935' ('after 1935'); '1931'; '1969' ('Between 1969 and ...'); '2001'; '1989'; '2004'; 'the
 # nineteen-nineties' (a decade) and 'Today' (relative) -> left out
 dates=[D("1861", "1861"), D("1935", "1935"), D("1931", "1931"), D("1969", "1969"), D("2001", "2001"),
        D("1989", "1989"), D("2004", "2004")])

# ---- hotels, England: Travelodge UK -------------------------------------------------------------------------------
TL = "Travelodge Hotels Limited"
THF = "Trusthouse Forte"
A["wp-travelodge-uk"] = dict(
 # the hotel company -> Company 'Travelodge Hotels Limited', aliases 'Travelodge' ('Known simply as Travelodge', 'the US
 # Travelodge brand', 'the first urban Travelodge') and 'Forte Travelodge' (its name from 1988; GUIDELINES, Types:
 # former names are aliases; doubtful: 'the US Travelodge brand' is the American brand Charles Forte bought, the same
 # word, no entity of its own); Trusthouse Forte (the name used twice, aliases 'Forte Group': '(formerly Trusthouse
 # Forte)'), Little Chef Lodges ('another roadside hotel chain', a chain as the company's is), Little Chef, Granada,
 # Compass Group (alias 'Compass') -> Company; Excelsior Motor Lodge ('a brand of motels') -> Service; Charles Forte,
 # alias 'Forte' ('a brand of motels owned by Forte': the surname after the full name, read as the man; doubtful: a
 # reader might give 'Forte' to Trusthouse Forte) -> Person; the United Kingdom (alias 'UK'), Ireland, Spain, the US ('the
 # US Travelodge brand'; a place inside a compound, batch 58a), Britain (its own name; no merge with the United
 # Kingdom) -> Location. No entity: 'Travelodges' (the hotels), 'limited service hotels', 'budget hotels'
 entities=[E("Company", TL, "Travelodge", "Forte Travelodge"), E("Location", "United Kingdom", "UK"),
           E("Location", "Ireland"), E("Location", "Spain"), E("Person", "Charles Forte", "Forte"), E("Location", "US"),
           E("Location", "Britain"), E("Service", "Excelsior Motor Lodge"), E("Company", THF, "Forte Group"),
           E("Company", "Little Chef Lodges"), E("Company", "Little Chef"), E("Company", "Granada"),
           E("Company", "Compass Group", "Compass")],
 # No role: Charles Forte is named with no title ('Charles Forte bought the US Travelodge brand': a purchase, no post)
 roles=[],
 # 'Trusthouse Forte would later open another roadside hotel chain in 1976. These were Little Chef Lodges' ->
 # parentOrganization(Little Chef Lodges, Trusthouse Forte) (a chain the company opened; as batch 58k's 'set up by');
 # Travelodge as Trusthouse Forte's first chain ('another roadside hotel chain', 'the two chains were combined and
 # rebranded to become "Forte Travelodge"', and its sale 'when the Forte Group ... underwent a hostile takeover') ->
 # parentOrganization(Travelodge Hotels Limited, Trusthouse Forte) (doubtful: not said in one phrase; a reader might
 # leave it out as batch 58k left Fons's implied ownership); 'Travelodge was bought by Granada' -> acquired(Granada,
 # Travelodge Hotels Limited) and parentOrganization; 'when the Forte Group (formerly Trusthouse Forte) underwent a
 # hostile takeover' -> acquired(Granada, Trusthouse Forte) and parentOrganization (the takeover the same sentence gives
 # Granada; doubtful: the taker is not named in the clause). Near-misses: 'Charles Forte bought the US Travelodge brand'
 # -> no acquired (a brand, an asset; and a person); 'a brand of motels owned by Forte' -> no provider (the owner read as
 # Charles Forte, a person); 'attached to Little Chef restaurants' -> nothing (Little Chef's owner is not stated); 'the
 # two chains were combined' -> nothing (a merger of the company's own chains); 'Granada merged and then de-merged with
 # Compass Group, where their hospitality interests were transferred to Compass' -> no acquired and no
 # parentOrganization(Travelodge Hotels Limited, Compass Group) (Travelodge's passing to Compass is not said, as batch
 # 40zb read the same event in wp-rocco-forte-hotels; a reader might record it)
 relations=[L("Little Chef Lodges", "parentOrganization", THF), L(TL, "parentOrganization", THF),
            L("Granada", "acquired", TL), L(TL, "parentOrganization", "Granada"), L("Granada", "acquired", THF),
            L(THF, "parentOrganization", "Granada")],
 # No outage and no near-miss of one told
 outages=[],
 # '1973'; '1976'; '1988'; '1995'; '1997'; '2001'; 'the early 1970s' (part of a decade) -> left out
 dates=[D("1973", "1973"), D("1976", "1976"), D("1988", "1988"), D("1995", "1995"), D("1997", "1997"),
        D("2001", "2001")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
