#!/usr/bin/env python3
"""Gold annotations for batch 67l (session 61, gatherer 67l): the three FTC merger texts batch67l.py writes -- the
FTC's settlement with The Stop & Shop Companies, Inc. over its merger with Purity Supreme, Inc., naming SSC Associates,
L.P., which controls Stop & Shop, its affiliation with Kohlberg, Kravis, Roberts & Co., Purity's 'Heartland' trade name
and the Massachusetts Attorney General's office (ftc.gov press-releases/1995/11, November 1, 1995; William Baer); the
FTC's proposed agreement with Ahold USA, Inc. and its parent company over Ahold's acquisition of 'The Stop & Stop
Companies, Inc.' (the release's slip), with Ahold's 'Edwards' chain (ftc.gov opa/1996/07/ahold.htm, July 1996, day
unknown; William J. Baer); the FTC's settlement over Tenet Healthcare Corp.'s proposed acquisition of OrNda Healthcorp,
naming the hospitals each chain runs in San Luis Obispo County (ftc.gov opa/1997/01/tenet.htm, January 1997, day
unknown; William J. Baer) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Ahold / Stop & Shop -> test, Stop & Shop / Purity Supreme -> train, Tenet / OrNda -> dev (as write_parts dealt them).
Ahold's and Tenet's texts have `published` None (no day found in the store), so only absolute time expressions are
dates, and neither holds one ('today' is not resolved); Stop & Shop's has `published` 1995-11-01, so its 'today' (twice:
listed once) is that day.
Conventions (the FTC merger texts' of batches 16e, 16i, 45zn, 62m, 63g, 64g, 65a, 65r, 66a, 66g, 66o, 67a and 67g, and
the federal lane's; looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade
Commission' with the aliases 'FTC' and 'Commission' where the text writes them alone or as a modifier or possessive
('FTC charges', "the FTC's Bureau", "the Commission's actions"; no 'Commission' alias where only the full name has
it); 'Director of the FTC's Bureau of Competition' -> director at the Bureau, current true, the Bureau an Organization
with parentOrganization the FTC; an agreed acquisition the FTC lets through on conditions -> acquired only (batch 16e's
rule: Ahold USA -> Stop & Shop, Tenet -> OrNda); a 'merger of A and B' where the text does not say who buys whom ->
nothing (GUIDELINES; 45g's Bank of Boston / BayBanks, 66a's Delhaize / Hannaford: Stop & Shop / Purity Supreme);
'X is controlled by Y' (Y a company) -> parentOrganization(X, Y) (66h's Sunoco LP, 65l's Kockums); 'an affiliate of Z'
-> no relation (an affiliation is not ownership; the corpus's DETM / Duke Energy and Hyosung texts record none);
'X operates <named hospital>' -> the hospital an Organization with parentOrganization to X (45zn's Morton Plant
Hospital call, doubtful as there; 66o's hospitals as Organizations); supermarket trade names and a chain's name in
quotation marks -> Service with provider to the company the text gives them to (16i's, 64g's, 66a's and 67a's banners),
a chain's own name as a trade name not annotated apart ('Purity'); purchases of stores by unnamed buyers -> nothing; a
state attorney general's office -> Organization, named as written without 'the' (44m, 45zb); the attorneys general of
unnamed states -> nothing; states, cities, towns, counties, 'Cape Cod' and 'the South Shore area' -> Location (the
place inside 'New York City-based' too, 66o's and 67a's call; 'the Boston metropolitan area' -> Boston); seats ('based
in') and store or hospital counts -> no relation; the settlements, agreements, orders and complaints (a regulator's
action), amounts and counts -> not annotated. Company names keep a leading 'The' that is part of the name as written
('The Stop & Shop Companies, Inc.', as the corpus keeps 'The Walt Disney Company').
usage: batch67l_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather68l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
SSC = "The Stop & Shop Companies, Inc."
PUR = "Purity Supreme, Inc."
MAG = "Massachusetts Attorney General's office"
WB = "William Baer"
SSA = "SSC Associates, L.P."
KKR = "Kohlberg, Kravis, Roberts & Co."
AUS = "Ahold USA, Inc."
SST = "The Stop & Stop Companies, Inc."
WJB = "William J. Baer"
TEN = "Tenet Healthcare Corp."
ORN = "OrNda Healthcorp"
SVR = "Sierra Vista Regional Medical Center"
TCH = "Twin Cities Community Hospital"
FHM = "French Hospital Medical Center"
A = {}

# ---- The Stop & Shop Companies, Inc. / Purity Supreme, Inc., FTC release, November 1, 1995 (`published` 1995-11-01) ---
A["us-ftc-stop-shop-purity-supreme-settlement-17-supermarkets-massachusetts-1995"] = dict(
 # The Federal Trade Commission (once in full; 'The FTC had alleged', 'The FTC and', "the FTC's Bureau": alias 'FTC';
 # 'Commission' only inside the full name -> no alias); The Stop & Shop Companies, Inc. (once in full, 'The' part of
 # the name as written; 'the merger of Stop & Shop and', 'Stop & Shop, based in Quincy': alias 'Stop & Shop'); Purity
 # Supreme, Inc. (once in full; 'Purity is based': alias 'Purity' -- the same word as the chain's own trade name in
 # 'the Purity or Heartland trade names', not a Service apart); the Massachusetts Attorney General's office (a state
 # body -> Organization, named as written without 'the', 44m; 'The FTC and Massachusetts Attorney General cooperated
 # closely in achieving settlements' -> its alias 'Massachusetts Attorney General': the state's law office acting, its
 # holder unnamed -- **doubtful**: a reader may leave the post out, or read it as an unnamed person); Massachusetts
 # ('Massachusetts residents', 'Quincy, Massachusetts', 'North Billerica, Massachusetts' -> Location); William Baer
 # (once, as written without his middle initial); the Bureau of Competition ("the FTC's Bureau of Competition" ->
 # Organization); the five areas: Boston ('the Boston metropolitan area'), Cape Cod, South Shore ('the South Shore
 # area': a region written as a name -> Location, as 66a's 'Southeast'), Bedford, Brockton -> Locations; Quincy, New
 # York City ('New York City-based'), North Billerica -> Locations; SSC Associates, L.P. and Kohlberg, Kravis, Roberts
 # & Co. (companies named in full, as written); Heartland ('under the Purity or Heartland trade names' -> Service, a
 # supermarket trade name of Purity). Not annotated: 'the combined firm' (generic, not named), 'entities that will run
 # them' (unnamed buyers), 'antitrust enforcers at the state and federal levels' (generic), 'four northeastern states'
 # and 'three northeastern states' (regions as adjectives), 'the millions of tourists', '17 stores', 'nearly 130
 # supermarkets', 'more than 50 supermarkets' (counts); the settlements and the complaint (documents)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", SSC, "Stop & Shop"),
           E("Location", "Boston"),
           E("Location", "Cape Cod"),
           E("Location", "South Shore"),
           E("Location", "Bedford"),
           E("Location", "Brockton"),
           E("Company", PUR, "Purity"),
           E("Organization", MAG, "Massachusetts Attorney General"),
           E("Location", "Massachusetts"),
           E("Person", WB),
           E("Organization", BOC),
           E("Location", "Quincy"),
           E("Location", "New York City"),
           E("Company", SSA),
           E("Company", KKR),
           E("Location", "North Billerica"),
           E("Service", "Heartland")],
 # 'said William Baer, Director of the FTC's Bureau of Competition' -> director at the Bureau of Competition, current
 # true. **Near-misses**: the Massachusetts Attorney General (a post whose holder the text does not name: no Person,
 # no role); no officer of Stop & Shop, Purity Supreme, SSC Associates or Kohlberg, Kravis, Roberts & Co. is named
 roles=[R(WB, "director", BOC)],
 # 'It [Stop & Shop] is controlled by New York City-based SSC Associates, L.P.' -> parentOrganization(The Stop & Shop
 # Companies, Inc., SSC Associates, L.P.) (control by a named company, 66h's 'controlled by Energy Transfer Partners'
 # -- **doubtful**: 'controlled' may be a controlling stake short of full ownership; GUIDELINES' parentOrganization
 # covers owned-by statements and the corpus has read control so); "the FTC's Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission); 'operates ... supermarkets ... under the
 # Purity or Heartland trade names' -> provider(Heartland, Purity Supreme, Inc.). **Near-misses**: 'the merger of Stop
 # & Shop and Purity Supreme, Inc.' (a merger where the text does not say who buys whom: GUIDELINES -> nothing --
 # **doubtful**: the settlement is 'with The Stop & Shop Companies, Inc.' alone and the 'combined firm' must divest,
 # which hints that Stop & Shop is the buyer, and a reader may give acquired(Stop & Shop, Purity Supreme); the text
 # never says so); 'SSC Associates, L.P., an affiliate of Kohlberg, Kravis, Roberts & Co.' (an affiliation, not a
 # stated ownership: no parentOrganization, no partner -- **doubtful**: a reader who knows KKR's funds own SSC may
 # record the parent); 'The FTC and the Massachusetts Attorney General's office worked in tandem' (two government
 # bodies investigating together: no partner, as 45zb); the sale of 17 stores 'to entities that will run them'
 # (unnamed buyers: nothing); 'operate competing supermarkets' (rivals: nothing); 'based in Quincy', 'based in North
 # Billerica' (seats: no relation type)
 relations=[L(SSC, "parentOrganization", SSA),
            L(BOC, "parentOrganization", FTC),
            L("Heartland", "provider", PUR)],
 outages=[],
 # `published` 1995-11-01 (the FTC's announced actions of June 28, 1996 cite the 'Nov. 1, 1995 news release'): 'The
 # Federal Trade Commission today announced' and 'that office is announcing a settlement ... today' -> 'today'
 # 1995-11-01 (the same text and value: listed once). Not dates: 'each year', 'at the same time', 'currently' (no
 # calendar value)
 dates=[D("today", "1995-11-01")])

# ---- Ahold USA, Inc. / The Stop & Shop Companies, Inc., FTC release, July 1996 (`published` None) --------------------
A["us-ftc-ahold-usa-stop-shop-proposed-settlement-30-supermarkets-new-england-1996"] = dict(
 # The Federal Trade Commission (once in full; 'FTC charges', 'permit the FTC', "the FTC's approval", 'The FTC worked',
 # "the FTC's Bureau": alias 'FTC'; 'after the Commission gives the settlement final approval': alias 'Commission' --
 # "the Commission's order" is in the words cut off); Connecticut, Rhode Island, Massachusetts (the three
 # states -> Locations); Ahold USA, Inc. (once in full; 'require Ahold to divest', "Ahold's "Edwards" chain", "Ahold's
 # acquisition": alias 'Ahold' -- **doubtful**: the text sets the agreement with 'Ahold USA, Inc. and its parent
 # company', so 'Ahold' may stand for the two together or for the unnamed parent; the only Ahold entity the text names
 # is Ahold USA); The Stop & Stop Companies, Inc. (the release's slip for Stop & Shop, annotated as written, the text's
 # only form -- **doubtful**: a reader may annotate the intended name, which is not in the text); Edwards ('Ahold's
 # "Edwards" chain' -> Service, a supermarket chain's trade name, as 66a's and 67a's banners -- **doubtful**: a reader
 # may type a chain a Company); William J. Baer (once); the Bureau of Competition (Organization). Not annotated: 'its
 # parent company' (unnamed), 'The four proposed buyers' (unnamed), 'a trustee' (unnamed), 'the Attorneys General of
 # the three states' (posts of unnamed holders; the states are annotated), '30 supermarkets', '14 communities', '14
 # areas', '30 days' (counts, periods); the agreement, the settlement, the order (documents)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Location", "Connecticut"),
           E("Location", "Rhode Island"),
           E("Location", "Massachusetts"),
           E("Company", AUS, "Ahold"),
           E("Service", "Edwards"),
           E("Company", SST),
           E("Person", WJB),
           E("Organization", BOC)],
 # 'said William J. Baer, Director of the FTC's Bureau of Competition' -> director at the Bureau of Competition,
 # current true. **Near-misses**: 'the Attorneys General of the three states' (unnamed holders: no Person, no role); no
 # officer of Ahold USA or Stop & Shop is named
 roles=[R(WJB, "director", BOC)],
 # "FTC charges that Ahold's acquisition of The Stop & Stop Companies, Inc. would violate antitrust laws", settled by
 # the divestitures -> acquired(Ahold USA, Inc., The Stop & Stop Companies, Inc.) only (an agreed acquisition the FTC
 # lets through on conditions: batch 16e's rule; not said to be completed, so no parentOrganization -- **doubtful**:
 # the buyer may be the unnamed parent, 'Ahold' covering both); "Ahold's "Edwards" chain" -> provider(Edwards, Ahold
 # USA, Inc.); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade
 # Commission). **Near-misses**: 'Ahold USA, Inc. and its parent company' (the parent is not named: no relation);
 # the 30 supermarkets to 'The four proposed buyers' (unnamed buyers, stores: nothing); 'in competition with Ahold's
 # "Edwards" chain' (rivals: nothing); 'The FTC worked closely ... with the Attorneys General of the three states'
 # (unnamed offices helping a regulator: no partner); the trustee the order would let the FTC appoint (unnamed, and not
 # appointed); the agreement and the settlement (a regulator's action: nothing)
 relations=[L(AUS, "acquired", SST),
            L("Edwards", "provider", AUS),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None (the release's day is not known): 'is announcing its own settlement agreement today' is not
 # resolved, and the text holds no absolute time expression -> no dates. Not dates: 'within 30 days after the
 # Commission gives the settlement final approval', 'on time' (no calendar value)
 dates=[])

# ---- Tenet Healthcare Corp. / OrNda Healthcorp, FTC release, January 1997 (`published` None) -------------------------
A["us-ftc-tenet-healthcare-ornda-settlement-san-luis-obispo-hospital-1997"] = dict(
 # The Federal Trade Commission (once in full; 'The FTC charged', 'According to the FTC', "the FTC's Bureau": alias
 # 'FTC'; "the Commission's actions", "the Commission's emphasis": alias 'Commission'; 'the agency' generic); Tenet
 # Healthcare Corp. (once in full; 'requiring Tenet', 'Tenet operates': alias 'Tenet'); OrNda Healthcorp (once in full;
 # 'an OrNda hospital', "OrNda's hospital", 'OrNda operates': alias 'OrNda'); San Luis Obispo County (several times)
 # and California ('San Luis Obispo County, California', 'the San Luis Obispo, California, area') -> Locations; San
 # Luis Obispo ('the San Luis Obispo, California, area', 'the city of San Luis Obispo' twice, '22 miles north of San
 # Luis Obispo': the city -> Location, apart from the county); William J. Baer (once); the Bureau of Competition
 # (Organization); the three hospitals named ('Sierra Vista Regional Medical Center', 'Twin Cities Community Hospital',
 # 'French Hospital Medical Center' -> Organizations, 66o's type for hospitals in a merger matter -- **doubtful**: a
 # reader may type a hospital a Location or a Company, as other corpus texts have); Templeton ('in Templeton, a town'
 # -> Location). Not annotated: 'an OrNda hospital and related assets' (which hospital is not said), 'the nation'
 # (unnamed), 'patients, physicians, third-party payers, and other consumers' (generic), 'more than 75 acute care
 # hospitals', 'more than 50', 'two acute care hospitals', 'six months', '22 miles' (counts, periods, distances); the
 # settlement, the charges, the order (documents)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", TEN, "Tenet"),
           E("Company", ORN, "OrNda"),
           E("Location", "San Luis Obispo County"),
           E("Location", "California"),
           E("Location", "San Luis Obispo"),
           E("Person", WJB),
           E("Organization", BOC),
           E("Organization", SVR),
           E("Organization", TCH),
           E("Location", "Templeton"),
           E("Organization", FHM)],
 # 'said William J. Baer, Director of the FTC's Bureau of Competition' -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of Tenet, OrNda or of the hospitals is named
 roles=[R(WJB, "director", BOC)],
 # 'a settlement of charges that the proposed acquisition by Tenet Healthcare Corp. of OrNda Healthcorp would threaten
 # competition', settled by a divestiture -> acquired(Tenet Healthcare Corp., OrNda Healthcorp) only (an agreed
 # acquisition the FTC lets through on conditions: batch 16e's rule; 'proposed', so no parentOrganization); "the
 # FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission); 'Tenet operates
 # two acute care hospitals, Sierra Vista Regional Medical Center ..., and the smaller Twin Cities Community Hospital'
 # -> parentOrganization(Sierra Vista Regional Medical Center, Tenet Healthcare Corp.) and
 # parentOrganization(Twin Cities Community Hospital, Tenet Healthcare Corp.); 'OrNda operates more than 50 acute care
 # hospitals nationwide including French Hospital Medical Center' -> parentOrganization(French Hospital Medical Center,
 # OrNda Healthcorp) (a named hospital a named chain runs: 45zn's Morton Plant call -- **doubtful** as there:
 # 'operates' may mean managing a hospital another body owns, and a reader may leave the three out or read provider).
 # **Near-misses**: 'requiring Tenet to divest an OrNda hospital and related assets in San Luis Obispo County' and
 # "Tenet divest OrNda's hospital in only six months" (the hospital is not named -- a reader may guess French Hospital
 # Medical Center, OrNda's one hospital the text names in the county, but the text does not say so; an asset sale to
 # no named buyer: nothing); 'Tenet and OrNda are respectively the second and third-largest ... chains' (a ranking:
 # nothing); 'in Templeton, a town about 22 miles north of San Luis Obispo' (places: no relation); the settlement and
 # the charges (a regulator's action: nothing)
 relations=[L(TEN, "acquired", ORN),
            L(BOC, "parentOrganization", FTC),
            L(SVR, "parentOrganization", TEN),
            L(TCH, "parentOrganization", TEN),
            L(FHM, "parentOrganization", ORN)],
 outages=[],
 # `published` None (the release's day is not known): 'today announced' is not resolved, and the text holds no
 # absolute time expression -> no dates. Not dates: 'within a short time frame', 'in only six months' (durations)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
