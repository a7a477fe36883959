#!/usr/bin/env python3
"""Gold annotations for batch 67a (session 61, gatherer 67a): the three FTC merger texts batch67a.py writes -- the
FTC's final approval of the consent agreement with Hoechst AG over its merger with Marion Merrell Dow, Inc., naming
Hoechst's U.S. subsidiaries, the combined firm Hoechst Marion Roussel, Inc. and Biovail Corporation International, its
former partner on Tiazac (ftc.gov press-releases/1995/12, December 1995, day unknown); J.C. Penney Company, Inc., the
parent of Thrift Drug, Inc., agreeing to divest 161 Carolinas drug stores over its acquisitions of Eckerd Corporation
and 190 Rite Aid stores (ftc.gov press-releases/1996/12, December 9, 1996; George S. Cary); the FTC's proposed
settlement with Koninklijke Ahold nv and Giant Food Inc. over Ahold's acquisition of Giant, with Ahold USA, Inc.'s
Giant-Carlisle division and its 'Martin's' trade name (ftc.gov opa/1998/10/ahold.htm, October 1998, day unknown;
William J. Baer) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Hoechst / Marion Merrell Dow -> test, J.C. Penney / Eckerd -> train, Ahold / Giant Food -> dev (as write_parts dealt
them).
Hoechst's and Ahold's texts have `published` None (no day found in the store), so only absolute time expressions are
dates: Hoechst's holds none, Ahold's 'December 1997' ('today' is not resolved); J.C. Penney's has `published`
1996-12-09, so its 'today' is that day, beside 'March 1997'.
Conventions (the FTC merger texts' of batches 16e, 16i, 62m, 63a, 63g, 64a, 64g, 64m, 65a, 65r, 66a and 66o, and the
federal lane's; looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade
Commission' with the aliases 'FTC' and 'Commission' where the text writes them alone or as a modifier or possessive
('FTC charges', "the FTC's Bureau", "The Commission's action"); 'Director of the FTC's Bureau of Competition' ->
director at the Bureau, current true; 'Deputy Director of the FTC's Bureau of Competition' -> other (63a's Sean Royall
call; GUIDELINES map no deputy post to director); the Bureau an Organization with parentOrganization the FTC; an agreed
acquisition the FTC lets through on conditions -> acquired only (batch 16e's rule: Penney -> Eckerd, Ahold -> Giant); a
'merger' whose text does not say who buys whom -> nothing (GUIDELINES: Hoechst / MMD); 'the parent company of X',
'through its wholly-owned subsidiaries', "X's Y division" -> parentOrganization (GUIDELINES); a corporate division ->
Company (66o's 'Chemical Division', 63g's GE units); supermarket trade names (banners) -> Service with provider to the
company the text gives them to, a chain's own name as a banner not annotated apart (batch 16i's Albertson's / United
call, 64g's Kroger banners); purchases of stores from a named chain -> nothing (GUIDELINES: asset purchases; 66a's and
66g's supermarket texts), the chain a Company; a joint development of a drug by two named firms -> partner, direction
as written (GUIDELINES: stated partnership; 63g's licence); a drug brand -> Service (GUIDELINES' Types: drugs), its
maker as provider where the text gives it the rights; generic and molecule names (diltiazem, mesalamine) -> not
entities (64a's isradipine call); the Food and Drug Administration -> Organization; states, cities, towns, 'the United
States' and 'U.S.' (alias where both are written) -> Location (places inside 'X-based' too, 66o's call); seats,
headquarters and store counts -> no relation; the settlements, consent agreements, orders and complaints (a
regulator's action), amounts and counts -> not annotated.
usage: batch67a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather68a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
HAG = "Hoechst AG"
MMD = "Marion Merrell Dow, Inc."
HCO = "Hoechst Corporation"
HRP = "Hoechst-Roussel Pharmaceuticals, Inc."
HMR = "Hoechst Marion Roussel, Inc."
BVL = "Biovail Corporation International"
FDA = "Food and Drug Administration"
JCP = "J.C. Penney Company, Inc."
TDI = "Thrift Drug, Inc."
ECK = "Eckerd Corporation"
RAD = "Rite Aid"
GSC = "George S. Cary"
AHO = "Koninklijke Ahold nv"
GFI = "Giant Food Inc."
AUS = "Ahold USA, Inc."
GCA = "Giant-Carlisle"
WJB = "William J. Baer"
A = {}

# ---- Hoechst AG / Marion Merrell Dow, Inc., FTC final approval release, December 1995 (`published` None) -------------
A["us-ftc-hoechst-marion-merrell-dow-final-consent-order-biovail-tiazac-1995"] = dict(
 # The Federal Trade Commission (once in full; 'the FTC' once, "The Commission's action": aliases 'FTC',
 # 'Commission'); Hoechst AG ('Hoechst' alone many times: alias); Marion Merrell Dow, Inc. ('(MMD)', 'MMD' alone:
 # alias); the United States; Hoechst Corporation and Hoechst-Roussel Pharmaceuticals, Inc. (the subsidiaries, each
 # once); Somerville, New Jersey, Kansas City (twice), Missouri (the seats -> Locations); Hoechst Marion Roussel, Inc.
 # ('the combined firm' -- a name of its own, a Company; **doubtful**: a reader may take it for a later name of Hoechst
 # or of MMD and make it an alias; the text gives it as the combined firm's North American name, no third party's);
 # Biovail Corporation International ('Biovail' twice: alias); the Food and Drug Administration (a federal agency ->
 # Organization; the 'FDA' of the excerpt's cut item is not in the kept text); Tiazac ('a drug designed to compete ...'
 # -> Service, GUIDELINES' Types: drugs). Not annotated: 'Diltiazem' / 'diltiazem' and 'mesalamine' (generic names:
 # molecules, not brands, 64a's call), 'rifadin' (**doubtful**: Rifadin is a brand name, but the text writes it in
 # lower case in a row of generic drug names, as a drug class to be competed in, and names no maker of it),
 # 'intermittent claudication', 'arteriosclerosis', 'inflammatory bowel disease', 'tuberculosis' (conditions); 'German',
 # 'North American' (adjectives); 'the combined firm', 'the world's third largest pharmaceutical company' (generic)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", HAG, "Hoechst"),
           E("Company", MMD, "MMD"),
           E("Location", "United States"),
           E("Company", HCO),
           E("Company", HRP),
           E("Location", "Somerville"),
           E("Location", "New Jersey"),
           E("Location", "Kansas City"),
           E("Location", "Missouri"),
           E("Company", HMR),
           E("Company", BVL, "Biovail"),
           E("Organization", FDA),
           E("Service", "Tiazac")],
 # No role: the kept text quotes no official and names no officer of Hoechst, MMD or Biovail (**near-miss**: the
 # September 1995 release on the same matter quotes an FTC official, and the June 1995 release names Commissioner Mary
 # L. Azcuenaga; neither is this text)
 roles=[],
 # 'Hoechst is a German firm operating in the United States through its wholly-owned subsidiaries, Hoechst
 # Corporation and Hoechst-Roussel Pharmaceuticals, Inc.' -> parentOrganization(each, Hoechst AG); 'Tiazac, a drug ...
 # that Hoechst had been developing jointly with Biovail prior to the merger' -> partner(Hoechst AG, Biovail
 # Corporation International) (a stated joint development, ended since, still recorded: GUIDELINES, relations carry no
 # time; direction as written, Hoechst the subject); '(Hoechst already has returned to Biovail the rights to Tiazac)'
 # -> provider(Tiazac, Biovail Corporation International) (the rights to the drug are Biovail's -- **doubtful**: the
 # text says Biovail holds the rights, not that it makes or sells Tiazac; a reader may give it no provider, or
 # Hoechst, which developed it). **Near-misses**: 'its $7.1 billion merger with Marion Merrell Dow, Inc. (MMD), which
 # created the world's third largest pharmaceutical company' and 'the FTC permitted the merger to proceed' -> no
 # acquired and no parentOrganization (GUIDELINES: a 'merger' where the text does not say who buys whom -- nothing;
 # **doubtful**: the consent binds Hoechst alone and a reader who knows the deal may give acquired(Hoechst AG, MMD));
 # 'the combined firm, Hoechst Marion Roussel, Inc.' (no relation to Hoechst or MMD: the text names what the merger
 # made, not who owns it); the seats in Somerville and Kansas City (no relation type); the FDA approvals Biovail is to
 # seek (a regulator's approval: nothing); the consent agreement and final order (a regulator's action: nothing)
 relations=[L(HCO, "parentOrganization", HAG),
            L(HRP, "parentOrganization", HAG),
            L(HAG, "partner", BVL),
            L("Tiazac", "provider", BVL)],
 outages=[],
 # `published` None (the release's day is not known): no relative expression is resolved, and the kept text holds no
 # absolute time expression ('prior to the merger' is undated) -> no dates
 dates=[])

# ---- J.C. Penney Company, Inc. / Thrift Drug, Inc. / Eckerd Corporation, FTC release, published 1996-12-09 -----------
A["us-ftc-jc-penney-thrift-drug-eckerd-rite-aid-161-drug-stores-carolinas-settlement-1996"] = dict(
 # The Federal Trade Commission (once in full; 'the FTC' and "the FTC\u2019s Bureau", 'the Commission': aliases);
 # J.C. Penney Company, Inc. ('J.C. Penney' once, 'Penney' and "Penney\u2019s" several times: aliases, the possessive
 # off); Thrift Drug, Inc. ('subsidiary Thrift Drug': alias 'Thrift Drug'); North Carolina and South Carolina ('North
 # and South Carolina' twice, 'North Carolina and Charleston, South Carolina' -- both states written in full once ->
 # two Locations; the elliptic 'North' is not an alias); Charleston; Eckerd Corporation ('Eckerd': alias); Rite Aid
 # ('190 Rite Aid stores', '127 Rite Aid stores', '190 Rite Aid drug stores': the chain whose stores are bought ->
 # Company, as the corpus types drug-store chains -- **doubtful**: a reader may read 'Rite Aid' only as a store label
 # and leave it out); George S. Cary ('Cary' in the quotation's frame: alias); the Bureau of Competition
 # (Organization); Plano, Texas (Penney's seat); Pittsburgh (inside 'Pittsburgh-based'), Largo and Florida (inside 'a
 # Largo, Florida-based firm') -> Locations (66o's places inside 'X-based'). Not annotated: 'the chain pharmacy
 # locations', 'health insurance companies and other third-party payors', 'other major chains' (generic); '161 drug
 # stores', '1,089 drug stores', '17 states', '13 states' (counts); 'the deals at issue' (unnamed)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", JCP, "J.C. Penney", "Penney"),
           E("Company", TDI, "Thrift Drug"),
           E("Location", "North Carolina"),
           E("Location", "South Carolina"),
           E("Company", ECK, "Eckerd"),
           E("Company", RAD),
           E("Location", "Charleston"),
           E("Person", GSC, "Cary"),
           E("Organization", BOC),
           E("Location", "Plano"),
           E("Location", "Texas"),
           E("Location", "Pittsburgh"),
           E("Location", "Largo"),
           E("Location", "Florida")],
 # "George S. Cary, Deputy Director of the FTC\u2019s Bureau of Competition" -> other at the Bureau of Competition,
 # current true (63a's 'FTC Bureau of Competition Deputy Director Sean Royall' -> other; **doubtful**: a reader may
 # map a deputy director to director). **Near-misses**: no officer of Penney, Thrift Drug, Eckerd or Rite Aid is named
 roles=[R(GSC, "other", BOC)],
 # 'J.C. Penney Company, Inc., the parent company of Thrift Drug, Inc.' and 'through its wholly-owned Pittsburgh-based
 # subsidiary Thrift Drug' -> parentOrganization(Thrift Drug, Inc., J.C. Penney Company, Inc.); "Penney\u2019s
 # acquisitions of Eckerd Corporation" and 'In the deals at issue, Penney plans to acquire Eckerd', which the
 # settlement lets go ahead on the divestitures -> acquired(J.C. Penney Company, Inc., Eckerd Corporation) only (batch
 # 16e's rule for a deal the FTC lets through on conditions; not said to be completed -- 'plans to acquire' -- so no
 # parentOrganization; **doubtful**: GUIDELINES give intentions nothing, but 'the deals at issue' are agreed deals the
 # settlement settles, as 66o read Dow's tender offer); "the FTC\u2019s Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: the purchase of '190 Rite Aid
 # stores' (stores, assets of Rite Aid: GUIDELINES, asset purchases -> nothing; no acquired(Penney, Rite Aid)); the
 # bar on 'even acquiring the 127 Rite Aid stores' (a condition, and assets: nothing); the divestiture of 161 drug
 # stores (unnamed buyers in this text; New Kerr Drug, Inc. is only in the FTC's May 1997 notice: nothing); no
 # acquired(Thrift Drug, Eckerd) (the text makes Penney the buyer); 'Penney ... through its wholly-owned ...
 # subsidiary Thrift Drug, owns 1,089 drug stores' (stores: no relation); the seats in Plano, Pittsburgh and Largo (no
 # relation type); the settlement and the Commission's approval (a regulator's action: nothing)
 relations=[L(TDI, "parentOrganization", JCP),
            L(JCP, "acquired", ECK),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` 1996-12-09: 'said today' -> 1996-12-09; 'by March 1997' -> 1997-03. Skipped: 'in earlier
 # investigations' (unresolvable)
 dates=[D("today", "1996-12-09"), D("March 1997", "1997-03")])

# ---- Koninklijke Ahold nv / Giant Food Inc., FTC release opa/1998/10/ahold.htm, October 1998 (`published` None) ------
A["us-ftc-koninklijke-ahold-giant-food-proposed-settlement-10-supermarkets-1998"] = dict(
 # The Federal Trade Commission (once in full; 'FTC charges', "the FTC's Bureau", "The Commission's goal" in Baer's
 # quotation: aliases 'FTC', 'Commission'); Koninklijke Ahold nv ('Ahold' and "Ahold's" many times: alias); Giant Food
 # Inc. ('Giant' and "Giant's": alias -- **doubtful**: the text also writes '"Giant" trade name' for the banner of
 # Ahold's Giant-Carlisle division in Pennsylvania, another referent with the same surface; that banner is not annotated
 # apart, see below); Maryland and Pennsylvania (twice each); William J. Baer; the Bureau of Competition
 # (Organization); the United States ('in the United States' three times; 'U.S. revenues': alias 'U.S.'); Ahold USA,
 # Inc. (once, with its possessive); Giant-Carlisle ("Ahold USA, Inc.'s Giant-Carlisle division": a named division ->
 # Company, the word 'division' not part of the name, as 66o's 'Chemical Division' kept only what the text capitalises);
 # Martin's (the division's trade name in Maryland -> Service, 16i's banner rule); Landover (Giant's seat). Not
 # annotated: the 'Giant' banner in Pennsylvania (a trade name that is the chain's own short name -- 16i's rule leaves
 # such a banner unannotated apart -- and here the same surface as Giant Food Inc.'s alias: **doubtful**, a reader may
 # make a Service 'Giant' with provider Giant-Carlisle); 'five different upfront buyers' (unnamed); 'eight
 # communities', 'eight geographic markets', '822 stores', '14 states' (counts); 'Dutch' (an adjective); 'the nation'
 # (generic)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", AHO, "Ahold"),
           E("Company", GFI, "Giant"),
           E("Location", "Maryland"),
           E("Location", "Pennsylvania"),
           E("Person", WJB),
           E("Organization", BOC),
           E("Location", "United States", "U.S."),
           E("Company", AUS),
           E("Company", GCA),
           E("Service", "Martin's"),
           E("Location", "Landover")],
 # '"...," said William J. Baer, Director of the FTC's Bureau of Competition' -> director at the Bureau of
 # Competition, current true. **Near-misses**: no officer of Ahold, Giant Food or Ahold USA is named
 roles=[R(WJB, "director", BOC)],
 # "Ahold's acquisition of Giant", which the proposed settlement lets go ahead on the divestitures ('The acquisition of
 # Giant would make Ahold the fifth largest supermarket firm') -> acquired(Koninklijke Ahold nv, Giant Food Inc.) only
 # (batch 16e's rule; 'would make' -- not completed, so no parentOrganization); "Ahold USA, Inc.'s Giant-Carlisle
 # division" -> parentOrganization(Giant-Carlisle, Ahold USA, Inc.) (GUIDELINES: "X's Y division"); "Ahold's
 # supermarkets ... are part of Ahold USA, Inc.'s Giant-Carlisle division" -> parentOrganization(Ahold USA, Inc.,
 # Koninklijke Ahold nv) (Ahold's own stores sit in Ahold USA's division, so Ahold USA is Ahold's -- **doubtful**: the
 # text never says 'subsidiary', a reader may leave the edge out); 'Giant-Carlisle division, which operates stores
 # under the "Martin's" trade name' -> provider(Martin's, Giant-Carlisle) (16i's banner call); "the FTC's Bureau of
 # Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: 'Ahold has
 # agreed to divest the 10 supermarkets to five different upfront buyers' (unnamed buyers, and stores: nothing);
 # 'where Ahold and Giant directly compete' (rivals: no partner); the seat in Landover and the stores in Maryland and
 # Pennsylvania (no relation type); the proposed settlement and the agreement (a regulator's action: nothing)
 relations=[L(AHO, "acquired", GFI),
            L(GCA, "parentOrganization", AUS),
            L(AUS, "parentOrganization", AHO),
            L("Martin's", "provider", GCA),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None (the release's day is not known): 'today announced' is not resolved (GUIDELINES: with published
 # null, only absolute expressions); 'the fiscal year that ended December 1997' -> 'December 1997' 1997-12 (absolute)
 dates=[D("December 1997", "1997-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
