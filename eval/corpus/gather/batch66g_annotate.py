#!/usr/bin/env python3
"""Gold annotations for batch 66g (session 60, gatherer 66g): the three FTC supermarket texts batch66g.py writes --
the FTC's settlement agreement in the merger of Jitney-Jungle Stores of America, Inc. and Delchamps, Inc., 10
supermarkets to Supervalu Inc., Jitney-Jungle majority-owned by Bruckmann, Rosser, Sherrill & Co., L.P. (press release
of September 1997, day unknown); the FTC's proposed settlement agreement over Shaw's Supermarkets, Inc.'s acquisition
of Star Markets, Inc., Shaw's a wholly-owned subsidiary of J Sainsbury plc (press release of June 1999, day unknown);
Schnuck Markets, Inc.'s $3 million civil penalty and divestiture of two closed store properties for running down the
stores a 1995 merger settlement made it sell (press release of July 1997, day unknown) -- written from the texts
alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Jitney-Jungle / Delchamps -> test, Schnuck -> train, Shaw's / Star Markets -> dev (as write_parts dealt them).
All three have `published` None (no day in the stored texts or in the store), so only absolute time expressions are
dates (GUIDELINES, Dates): Shaw's 'November 1998' and Schnuck's '1995'; Jitney-Jungle has none; 'today' (Shaw's once,
Schnuck twice) is not resolved.
Conventions (the FTC merger texts' of batches 16e, 16i, 62b, 62e, 62g, 62m, 63a, 63g, 64a, 64g, 64m, 65a, 65g, 65r and
66a, and the federal lane's; looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal
Trade Commission' with the aliases 'FTC' and 'Commission' where the text writes them alone or as a modifier ('FTC
charges', 'the FTC complaint'); "Director of the FTC's Bureau of Competition" -> director at the Bureau, current true,
the Bureau an Organization with parentOrganization the FTC; an agreed acquisition the FTC lets through on conditions
-> acquired only (batch 16e's rule; GUIDELINES: agreed, not completed), the buyer the text names ('X's acquisition of
Y shares', 'the proposed acquisition of Y by X'); stated subsidiaries ('a wholly-owned subsidiary of') and majority
owners ('a majority of which is owned by') -> parentOrganization (GUIDELINES; GATHERING.md's majority-holder calls);
the purchase or sale of stores and store properties, to a named buyer or not -> nothing (GUIDELINES: asset
purchases); supermarket trade names in quotation marks -> Service with provider to the chain the text gives them to,
the chain's own name as a trade name not annotated apart (batches 16i, 64g, 66a); states, cities, a town, a country
('England') and a metropolitan area written as a name ('the Greater Boston metropolitan area') -> Location, a
hyphenated market of two cities ('Gulfport-Biloxi') -> both cities (66a's 'Norfolk-Virginia Beach' call); a named
shopping centre -> Location (GUIDELINES: named sites and facilities); street addresses -> not annotated; seats ('based
in', '-based', 'of St. Louis') -> no relation; product classes, orders, settlements, complaints, penalties, laws,
amounts and counts -> not annotated.
usage: batch66g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather67g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
WJB = "William J. Baer"
JJ = "Jitney-Jungle Stores of America, Inc."
DEL = "Delchamps, Inc."
BRS = "Bruckmann, Rosser, Sherrill & Co., L.P."
SUP = "Supervalu Inc."
SHAW = "Shaw's Supermarkets, Inc."
STAR = "Star Markets, Inc."
JS = "J Sainsbury plc"
SCH = "Schnuck Markets, Inc."
A = {}

# ---- Jitney-Jungle Stores of America, Inc. / Delchamps, Inc., FTC press release, September 1997 (`published` None) ------
A["us-ftc-jitney-jungle-delchamps-settlement-10-supermarkets-supervalu-1997"] = dict(
 # The Federal Trade Commission (once in full; 'the FTC charges', 'the FTC complaint', 'the FTC alleged': alias 'FTC';
 # 'the agency' generic; no 'Commission' written alone); Jitney-Jungle Stores of America, Inc. (once in full;
 # 'Jitney-Jungle' alone seven times: alias -- its own trade name '"Jitney-Jungle,"' is the chain's name, not a
 # Service apart); Delchamps, Inc. (once in full; 'Delchamps shares', 'Delchamps, based in Mobile', 'the "Delchamps"
 # name': alias 'Delchamps', the trade name again the chain's own); Gulfport and Biloxi ('the Gulfport-Biloxi ...
 # areas': two cities, 66a's call on a hyphenated market -- **doubtful**: a reader may keep 'Gulfport-Biloxi' as one
 # Location), Hattiesburg, Vicksburg, Mississippi, Pensacola, Florida (-> Locations); Supervalu Inc. (once in full;
 # 'Supervalu may in turn', 'Supervalu, a large wholesaler': alias 'Supervalu'); R & M Foods, Inc. and Southeast
 # Foods, Inc. (the possible later buyers -> Companies); Bruckmann, Rosser, Sherrill & Co., L.P. (the majority owner, a
 # limited partnership -> Company); Greenwich and Connecticut ('of Greenwich, Connecticut'), Jackson ('based in
 # Jackson, Mississippi'), Alabama, Arkansas, Louisiana, Tennessee (the states Jitney-Jungle operates in), Mobile
 # ('based in Mobile, Alabama'), Eden Prairie and Minnesota ('based in Eden Prairie, Minnesota') -> Locations; Delta
 # Acquisition Corporation (a named company, 'formed to acquire the outstanding Delchamps shares' -> Company); the
 # trade names 'Sack and Save', 'Mega Market', 'Mega Pantry' and 'Jitney Premier' (supermarket banners -> Service,
 # batch 16i's and 66a's rule -- **doubtful**: a reader may type them Company or leave them out). Not annotated: 'the
 # merger' (an event); '$228 million' (an amount); '10 supermarkets', '105 supermarkets', '72 stores', '118
 # supermarkets' (counts); 'antitrust laws' (laws); 'supermarket operators', 'a large wholesaler of supermarket
 # products' (descriptions, not names)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", JJ, "Jitney-Jungle"),
           E("Company", DEL, "Delchamps"),
           E("Location", "Gulfport"),
           E("Location", "Biloxi"),
           E("Location", "Hattiesburg"),
           E("Location", "Vicksburg"),
           E("Location", "Mississippi"),
           E("Location", "Pensacola"),
           E("Location", "Florida"),
           E("Company", SUP, "Supervalu"),
           E("Company", "R & M Foods, Inc."),
           E("Company", "Southeast Foods, Inc."),
           E("Company", BRS),
           E("Location", "Greenwich"),
           E("Location", "Connecticut"),
           E("Location", "Jackson"),
           E("Company", "Delta Acquisition Corporation"),
           E("Location", "Alabama"),
           E("Location", "Arkansas"),
           E("Location", "Louisiana"),
           E("Location", "Tennessee"),
           E("Service", "Sack and Save"),
           E("Service", "Mega Market"),
           E("Service", "Mega Pantry"),
           E("Service", "Jitney Premier"),
           E("Location", "Mobile"),
           E("Location", "Eden Prairie"),
           E("Location", "Minnesota")],
 # No person is named in the kept text (the release's quotation, if any, falls after the cut). **Near-miss**: no
 # officer of Jitney-Jungle, Delchamps, Bruckmann or Supervalu is named (no company role)
 roles=[],
 # "Jitney-Jungle's $228 million acquisition of outstanding Delchamps shares" with the settlement to 'resolve the FTC
 # charges' that it 'would violate antitrust laws' -> acquired(Jitney-Jungle Stores of America, Inc., Delchamps,
 # Inc.) only (a proposed acquisition the FTC lets through on conditions: batch 16e's rule; the text names the buyer,
 # so the opening 'merger of Jitney-Jungle ... and Delchamps' does not fall under the who-buys-whom rule -- no
 # parentOrganization, not completed); 'Jitney-Jungle, a majority of which is owned by Bruckmann, Rosser, Sherrill &
 # Co., L.P.' -> parentOrganization(Jitney-Jungle Stores of America, Inc., Bruckmann, Rosser, Sherrill & Co., L.P.)
 # (a majority owner: GATHERING.md's majority-holder calls); 'Jitney-Jungle operates these stores under the names
 # ... "Sack and Save," "Mega Market," "Mega Pantry," and "Jitney Premier."' -> provider(each, Jitney-Jungle Stores of
 # America, Inc.). **Near-misses**: 'Delta Acquisition Corporation, which was formed to acquire the outstanding
 # Delchamps shares' (a purpose, not a stated deal of Delta's own, and the text does not say who owns Delta -- it only
 # 'shares an address' with Jitney-Jungle: no acquired(Delta, Delchamps), no parentOrganization(Delta, Jitney-Jungle)
 # -- **doubtful**: a reader may take Delta for Jitney-Jungle's acquisition vehicle); 'divest a total of 10
 # supermarkets to Supervalu Inc.' and 'Supervalu may in turn divest the stores to R & M Foods, Inc. and Southeast
 # Foods, Inc.' (store sales: no acquired, no partner); 'Supervalu ... is not named as a respondent' (no relation);
 # 'Jitney-Jungle and Delchamps are direct competitors' (rivals: no partner); 'the largest supermarket operator in
 # Mississippi' (a ranking); the seats in Greenwich, Jackson, Mobile and Eden Prairie (no relation type); the
 # settlement, the complaint and the charges (a regulator's action: nothing)
 relations=[L(JJ, "acquired", DEL),
            L(JJ, "parentOrganization", BRS),
            L("Sack and Save", "provider", JJ),
            L("Mega Market", "provider", JJ),
            L("Mega Pantry", "provider", JJ),
            L("Jitney Premier", "provider", JJ)],
 outages=[],
 # No dates: `published` None, and the kept text has no time expression at all
 dates=[])

# ---- Schnuck Markets, Inc., FTC press release, July 1997 (`published` None) ---------------------------------------------
A["us-ftc-schnuck-markets-3-million-civil-penalty-divestiture-order-violation-st-louis-1997"] = dict(
 # The Federal Trade Commission (once in full; 'an FTC order', 'with the FTC' (three times), 'the FTC will allege',
 # "the FTC's Bureau", 'the FTC may insist': alias 'FTC'; 'accepted by the Commission': alias 'Commission'); Schnuck
 # Markets, Inc. (once in full; 'Schnucks' alone and "Schnucks' control": alias 'Schnucks' -- the release's short
 # name, with an s); St. Louis and Missouri ('of St. Louis, Missouri'; 'the St. Louis area', 'in St. Louis' the same
 # city -> Locations); William J. Baer (once); the Bureau of Competition (the FTC's unit -> Organization); the
 # Ferguson Square Shopping Center (a named shopping centre -> Location, GUIDELINES' named sites and facilities --
 # **doubtful**: a reader may leave it out as an address); Ferguson ('in Ferguson': a town -> Location). Not
 # annotated: '6155 S. Grand Avenue' and '49 North Florissant Road' (street addresses -- **near-miss**: a reader may
 # make 'Grand Avenue' or 'North Florissant Road' a Location; the corpus's FTC texts leave streets out); 'the
 # supermarket chain' (a description of Schnucks: no alias); 'a 1995 settlement', 'the 1995 order', 'The settlement
 # order' (documents); '$3 million' (an amount); '24 stores', 'two currently closed supermarket properties' (counts,
 # unnamed properties); 'check- out coupons' (a thing, not a named Service); 'in court' (no court named)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", SCH, "Schnucks"),
           E("Location", "St. Louis"),
           E("Location", "Missouri"),
           E("Person", WJB),
           E("Organization", BOC),
           E("Location", "Ferguson Square Shopping Center"),
           E("Location", "Ferguson")],
 # "William J. Baer, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Schnucks is named (no company role)
 roles=[R(WJB, "director", BOC)],
 # "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses**: 'to divest to supermarket operators two currently closed supermarket properties' (store
 # properties to unnamed buyers: nothing); '24 stores that it was required to divest under a 1995 settlement' (the
 # 1995 matter's stores, sold to buyers the text does not name, and the acquisition that led to the 1995 settlement
 # is not told in the kept text: no acquired); 'stores that would remain under Schnucks' control' (unnamed stores:
 # no parentOrganization); 'of St. Louis, Missouri' (a seat: no relation type); the $3 million civil penalty, the
 # charges and the settlement order (a regulator's action: nothing)
 relations=[L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'a 1995 settlement', 'the 1995 settlement', 'The purpose of the 1995 order' -> '1995' 1995 (one item: the same
 # text and value). Not dates: 'today' (twice: `published` None, so not resolved -- GUIDELINES, Dates), 'within six
 # months' (cut), 'ever', 'always' (no calendar value)
 dates=[D("1995", "1995")])

# ---- Shaw's Supermarkets, Inc. / Star Markets, Inc., FTC press release, June 1999 (`published` None) --------------------
A["us-ftc-shaws-supermarkets-star-markets-settlement-j-sainsbury-boston-1999"] = dict(
 # The Federal Trade Commission (once in full; 'FTC charges', "the FTC's Bureau": alias 'FTC'; no 'Commission'
 # written alone); Shaw's Supermarkets, Inc. (once in full; "Shaw's" alone six times, 'its Shaw's subsidiary': alias
 # "Shaw's" -- the '"Shaw's" trade name' is the chain's own name, not a Service apart); Star Markets, Inc. (once in
 # full; 'Star Markets' alone: alias -- the '"Star Markets"' trade name again the chain's own); Greater Boston ('the
 # Greater Boston metropolitan area'; 'the Boston area' the same area -> one Location with the alias 'Boston' --
 # **doubtful**: a reader may make Boston, the city, a Location of its own, or name the entity 'Boston' as 66a named
 # 'the Richmond MSA' by its city); William J. Baer (once); the Bureau of Competition (the FTC's unit ->
 # Organization); Massachusetts, Connecticut, Maine, New Hampshire, Rhode Island, Vermont (-> Locations); London and
 # England ('London, England-based J Sainsbury plc' -> two Locations); J Sainsbury plc (twice in full; 'J Sainsbury,
 # through its Shaw's subsidiary': alias 'J Sainsbury'); Cambridge ('based in Cambridge, Massachusetts' ->
 # Location); Wild Harvest (a trade name of Star Markets -> Service). Not annotated: 'Stock Purchase Agreement' (a
 # contract, capitalised but no entity); '$490 million' (an amount); '10 supermarkets', '126 supermarkets', '53
 # supermarkets', 'eight communities' (counts, unnamed places); 'the voting securities' (shares)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", SHAW, "Shaw's"),
           E("Company", STAR, "Star Markets"),
           E("Location", "Greater Boston", "Boston"),
           E("Person", WJB),
           E("Organization", BOC),
           E("Location", "Massachusetts"),
           E("Location", "Connecticut"),
           E("Location", "Maine"),
           E("Location", "New Hampshire"),
           E("Location", "Rhode Island"),
           E("Location", "Vermont"),
           E("Location", "London"),
           E("Location", "England"),
           E("Company", JS, "J Sainsbury"),
           E("Location", "Cambridge"),
           E("Service", "Wild Harvest")],
 # "William J. Baer, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Shaw's, Star Markets or J Sainsbury is named (no company role)
 roles=[R(WJB, "director", BOC)],
 # "the proposed acquisition of Star Markets by Shaw's" which 'The proposed agreement permits' on the condition that
 # Shaw's divest 10 supermarkets -> acquired(Shaw's Supermarkets, Inc., Star Markets, Inc.) only (proposed, let
 # through on conditions: batch 16e's rule; 'if consummated' in the cut paragraph -- not completed, so no
 # parentOrganization); "Shaw's is a wholly-owned subsidiary of London, England-based J Sainsbury plc" ->
 # parentOrganization(Shaw's Supermarkets, Inc., J Sainsbury plc); "the FTC's Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission); 'under the "Star Markets" and "Wild Harvest"
 # trade names' -> provider(Wild Harvest, Star Markets, Inc.). **Near-misses**: 'J Sainsbury plc and Star Markets
 # entered into a Stock Purchase Agreement whereby J Sainsbury, through its Shaw's subsidiary, would acquire all of the
 # outstanding voting securities of Star Markets' (the same deal, done through Shaw's: the text's own headline buyer
 # is Shaw's, and the parent is reached through parentOrganization -- no second acquired(J Sainsbury plc, Star
 # Markets, Inc.), **doubtful**: a reader may give it, as the contracting party; and the purchase agreement is the
 # deal itself, not a partner tie); 'require Shaw's to divest 10 supermarkets -- three Shaw's supermarkets and seven
 # Star Markets supermarkets' (stores to unnamed buyers: nothing); 'London, England-based', 'based in Cambridge,
 # Massachusetts' (seats: no relation type); the settlement agreement and the charges (a regulator's action:
 # nothing)
 relations=[L(SHAW, "acquired", STAR),
            L(SHAW, "parentOrganization", JS),
            L(BOC, "parentOrganization", FTC),
            L("Wild Harvest", "provider", STAR)],
 outages=[],
 # 'In November 1998, J Sainsbury plc and Star Markets entered into a Stock Purchase Agreement' -> 'November 1998'
 # 1998-11. Not dates: 'today' ('The Federal Trade Commission today announced': `published` None, so not resolved --
 # GUIDELINES, Dates), 'now' ('can now be assured': no calendar value)
 dates=[D("November 1998", "1998-11")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
