#!/usr/bin/env python3
"""Gold for batch 51j (session 52, gatherer 51j): three FCC television-licence orders of 1996 and 1998 (the
Commission's Memorandum Opinion and Order FCC 96-395 of 27 September 1996 on the assignment of WCTV(TV)'s licence from
John H. Phipps, Inc. to WCTV Licensee Corp., a subsidiary of Gray Communications System, Inc., and of WKXT-TV's from
Phipps's subsidiary Knoxville, Channel 8 Limited Partnership to WKXT Licensee Corp.; the Mass Media Bureau's order
DA 98-1627 of 13 August 1998 on the transfer of control of Malrite Communications Group, Inc. and Estrella Brillante,
Ltd. from Milton S. Maltz to Raycom Media, Inc.; the Mass Media Bureau's order DA 98-424 of 2 March 1998 on the
transfer of control of LIN Television Corporation from A T & T Corporation to LIN Holdings Corporation), written from
the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test,
train, dev, train (batch10_annotate's write_parts). Dates resolve against `published` (each text's release date).
Conventions (batches 15f, 43n-51e of the lane; GUIDELINES section 2): 'Y, a subsidiary of X' -> parentOrganization(Y,
X); television stations -> Company (35l, 43v, 49m, 51e); a station's stated licensee ('X is the licensee of S',
'Gray is also the licensee of S') or the assignor of its licence ('assignment of license of S ... from X') ->
parentOrganization(S, X) (51e's call; **doubtful** for a licensee: a reader may give the licence holder no ownership
link); applications for consent to a licence assignment or a transfer of control, pending before the Commission in
the kept text ('has before it for consideration') -> acquired(buyer, target) only (GUIDELINES: agreed, awaiting
approval; 44k, 50c, 50f, 50i, 51e; **doubtful**: the grant is not in the kept text); the named assignee or
transferee is the buyer (51e's Budd call); a seller of control ('transfer of control of X from Y') -> parentOrganization
(X, Y) when Y is a company (**doubtful**, as the assignor call); a person who holds or takes control (Maltz, Hicks) ->
Person, no relation (parentOrganization joins organisations) and no role (no title); networks named in a station's
parenthetical label ('WCTV(TV) (CBS)', '(Channel 29, FOX)', the extraction's 'NEC') -> Company, no partner (a bare
label, not a stated affiliation as 51e's 'a CBS affiliate'; **doubtful**, a near-miss); a short name in parentheses
-> alias; 'the Commission' -> Organization 'Commission' (48h, 50c, 50i, 51e); 'Mass Media Bureau' (in 'By the Chief,
Mass Media Bureau' and 'the Commission, by the Chief, Mass Media Bureau') -> Organization, no parentOrganization to the
Commission (50f, 51e: the text does not say 'of the Commission'); place names beside a station -> Location; waivers,
rules, sections, channels, file numbers not annotated; the captions' stations (kept as `title`) not annotated.
usage: batch51j_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10

A = {}
CM = "Commission"
MMB = "Mass Media Bureau"

# ---- John H. Phipps, Inc. / Gray Communications System, Inc., FCC 96-395, published 1996-09-27 --------------------
PH = "John H. Phipps, Inc."
GR = "Gray Communications System, Inc."
WCL = "WCTV Licensee Corp."
WKL = "WKXT Licensee Corp."
K8 = "Knoxville, Channel 8 Limited Partnership"
WCTV = "WCTV(TV)"
WKXT = "WKXT-TV"
A["us-fcc-phipps-wctv-wkxt-gray-communications-licensee-subsidiaries-assignment-order-1996"] = dict(
 # Organization: the Commission ('By the Commission:', 'The Commission has before it', 'the Commission©s television
 # rule' -- the copyright sign is the extraction's apostrophe). Companies: John H. Phipps, Inc. ('(Phipps)' -> alias,
 # again in 'a subsidiary of Phipps'); WCTV Licensee Corp.; Gray Communications System, Inc. ('(Gray)' -> alias,
 # again in 'a subsidiary of Gray.-' and 'Gray is also the licensee'); Knoxville, Channel 8 Limited Partnership (its
 # name split by the page break, joined in the text); WKXT Licensee Corp.; the stations WCTV(TV) (twice), WKXT-TV,
 # WALB-TV and WJHG-TV (twice each); CBS ('WCTV(TV) (CBS)', 'WKXT-TV (CBS)') and NEC ('WALB-TV (NEC)', 'WJHG-TV
 # (NEC)'), the networks as the page labels them (**doubtful**: 'NEC' is the extraction's reading of a network label,
 # annotated as written; a reader may leave both labels out). Locations: Thomasville, Georgia (also in 'Albany
 # Georgia': one entity), Knoxville ('Channel 8, Knoxville, Tennessee'; the word inside the partnership's name is that
 # name's), Tennessee, Albany, Panama City. No Person, no role. Not annotated: 'Channel 6', 'Channel 8', 'Channel
 # 10', 'Channel 7' (channels), 'the applicant' (generic), 'Grade B contour', 'the Commission©s television rule',
 # '47 C.F.R. §73.3555(b)' (rules).
 entities=[E("Organization", CM), E("Company", PH, "Phipps"), E("Company", WCL), E("Company", GR, "Gray"),
           E("Company", K8), E("Company", WKL), E("Company", WCTV), E("Company", WKXT), E("Company", "WALB-TV"),
           E("Company", "WJHG-TV"), E("Company", "CBS"), E("Company", "NEC"),
           E("Location", "Thomasville"), E("Location", "Georgia"), E("Location", "Knoxville"),
           E("Location", "Tennessee"), E("Location", "Albany"), E("Location", "Panama City")],
 roles=[],
 # - parentOrganization(WCTV Licensee Corp., Gray) and parentOrganization(WKXT Licensee Corp., Gray): 'WCTV Licensee
 #   Corp., a subsidiary of Gray Communications System, Inc. (Gray)', 'WKXT Licensee Corp., a subsidiary of Gray'
 #   (stated outright).
 # - parentOrganization(Knoxville, Channel 8 Limited Partnership, Phipps): 'Knoxville, Channel 8 Limited Partnership,
 #   a subsidiary of Phipps' (stated outright).
 # - parentOrganization(WCTV(TV), Phipps) and parentOrganization(WKXT-TV, Knoxville, Channel 8 Limited Partnership):
 #   'assignment of license of station WCTV(TV) ... from John H. Phipps, Inc.', 'assignment of license of WKXT-TV ...
 #   from Knoxville, Channel 8 Limited Partnership' (the assignor holds the licence; **doubtful**: not said in a
 #   'licensee of' phrase -- 51e's WUFX-LD call).
 # - parentOrganization(WALB-TV, Gray) and parentOrganization(WJHG-TV, Gray): 'Gray is also the licensee of WALB-TV
 #   ... and WJHG-TV' (**doubtful**, the licensee call; the text has Gray seek time 'to sell WALB-TV and WJHG-TV',
 #   which says it holds them).
 # - acquired(WCTV Licensee Corp., WCTV(TV)) and acquired(WKXT Licensee Corp., WKXT-TV): the applications 'seeking
 #   consent to the assignment of license of station WCTV(TV) ... to. WCTV Licensee Corp.' and 'for consent to the
 #   assignment of license of WKXT-TV ... to WKXT Licensee Corp.' (agreed, before the Commission -> acquired only, no
 #   parent link to the buyers; **doubtful**: a reader may name Gray, the assignees' parent, whose 'common ownership'
 #   the waivers address, or give a licence assignment no acquired).
 # Near-misses: Gray's planned sale of WALB-TV and WJHG-TV ('to permit it time in which to sell': an intention, no
 #   buyer); the networks' labels (no partner, above); Phipps as seller (no acquired of Phipps or its partnership:
 #   only the licences pass); no parent link from WCTV(TV) or WKXT-TV to Gray (pending); the paragraph-2 petitioners
 #   Ashling Broadcast Group, Inc. and General Management Consultants, Inc. (cut, not in the text).
 relations=[L(WCL, "parentOrganization", GR), L(WKL, "parentOrganization", GR), L(K8, "parentOrganization", PH),
            L(WCTV, "parentOrganization", PH), L(WKXT, "parentOrganization", K8),
            L("WALB-TV", "parentOrganization", GR), L("WJHG-TV", "parentOrganization", GR),
            L(WCL, "acquired", WCTV), L(WKL, "acquired", WKXT)],
 outages=[],
 # 'September 27, 1996' (adopted and released: one text, one value). 'six-month' (a span), '73.3555(b)' no dates.
 dates=[D("September 27, 1996", "1996-09-27")])

# ---- Malrite Communications Group, Inc. / Estrella Brillante, Ltd.: Maltz -> Raycom Media, DA 98-1627, 1998-08-13 ---
MAL = "Malrite Communications Group, Inc."
EST = "Estrella Brillante, Ltd."
RAY = "Raycom Media, Inc."
A["us-fcc-maltz-malrite-estrella-brillante-raycom-media-transfer-of-control-order-1998"] = dict(
 # Organizations: the Commission ('The Commission, by the Chief ...', 'the Commission©s rule'); the Mass Media
 # Bureau ('By the Chief, Mass Media Bureau:' and again in the first sentence). Companies: Malrite Communications
 # Group, Inc. ('(Malrite)' -> alias, again three times); Estrella Brillante, Ltd. ('(Estrella)' -> alias, again in
 # 'Estrella is the licensee'); Raycom Media, Inc. ('(Raycom)' -> alias); the stations WFLX(TV), WNWO-TV (twice),
 # WXIX-TV, WOIO(TV) (twice), W50AW ('low power W50AW'), WLII(TV) and WSUR-TV; FOX (twice), NEC and CBS, the network
 # labels as written (**doubtful**, as in the Phipps text); WNWO Associates (named in the citation sentence 'WNWO
 # Associates, 11 FCC Red 18596 (1996).', a party's name in a case citation -- **doubtful**: a reader may take the
 # citation as a case name and leave it out). Person: Milton S. Maltz (once; no title, no role). Locations: West
 # Palm Beach, Florida (again with Vero Beach: one entity), Toledo, Newport, Kentucky, Shaker Heights, Ohio, Vero
 # Beach, Caguas, Puerto Rico (twice), Ponce. Not annotated: 'Ind.' (independent, no network), channels, 'Section
 # 73.3555(b)', '47 C.F.R.', '11 FCC Red 18596' (a reporter cite), 'the predicted Grade B contours'.
 entities=[E("Organization", CM), E("Organization", MMB), E("Company", MAL, "Malrite"),
           E("Company", EST, "Estrella"), E("Company", RAY, "Raycom"), E("Person", "Milton S. Maltz"),
           E("Company", "WFLX(TV)"), E("Company", "WNWO-TV"), E("Company", "WXIX-TV"), E("Company", "WOIO(TV)"),
           E("Company", "W50AW"), E("Company", "WLII(TV)"), E("Company", "WSUR-TV"),
           E("Company", "FOX"), E("Company", "NEC"), E("Company", "CBS"), E("Company", "WNWO Associates"),
           E("Location", "West Palm Beach"), E("Location", "Florida"), E("Location", "Toledo"),
           E("Location", "Newport"), E("Location", "Kentucky"), E("Location", "Shaker Heights"),
           E("Location", "Ohio"), E("Location", "Vero Beach"), E("Location", "Caguas"),
           E("Location", "Puerto Rico"), E("Location", "Ponce")],
 roles=[],
 # - acquired(Raycom, Malrite) and acquired(Raycom, Estrella): 'unopposed applications seeking consent to the
 #   transfer of control of Malrite ... and Estrella ... from Milton S. Maltz to Raycom Media, Inc. (Raycom)' (control
 #   of the two companies passes to Raycom; agreed, before the Bureau -> acquired only; **doubtful**: the grant is not
 #   in the kept text).
 # - parentOrganization(WFLX(TV), WNWO-TV, WXIX-TV, WOIO(TV), W50AW -> Malrite): 'Malrite is the licensee of television
 #   stations WFLX(TV) ... WNWO-TV ... WXIX-TV ... WOIO(TV) ... and low power W50AW' (the licensee call, **doubtful**;
 #   for WNWO-TV and WOIO(TV) also 'Malrite has commonly-owned those stations since 1996', stated ownership).
 # - parentOrganization(WLII(TV), Estrella) and parentOrganization(WSUR-TV, Estrella): 'Estrella is the licensee of
 #   WLII(TV) ... and WSUR-TV' (the licensee call, **doubtful**).
 # Near-misses: Maltz's control of Malrite and Estrella ('from Milton S. Maltz': a person, no relation type);
 #   Malrite's tie to Estrella (footnote 1, 'Malrite controls the general partner of Estrella', cut: nothing from it);
 #   the network labels (no partner); WNWO Associates' tie to WNWO-TV (the names match, the text gives no link);
 #   WSUR-TV as WLII(TV)'s satellite (in the cut sentence; an operating link, not ownership).
 relations=[L(RAY, "acquired", MAL), L(RAY, "acquired", EST),
            L("WFLX(TV)", "parentOrganization", MAL), L("WNWO-TV", "parentOrganization", MAL),
            L("WXIX-TV", "parentOrganization", MAL), L("WOIO(TV)", "parentOrganization", MAL),
            L("W50AW", "parentOrganization", MAL),
            L("WLII(TV)", "parentOrganization", EST), L("WSUR-TV", "parentOrganization", EST)],
 outages=[],
 # 'August 13, 1998' (adopted and released: one text, one value); '1996' ('since 1996', '(1996)': one text, one
 # value). '73.3555(b)', '18596', 'Channel 29' etc. no dates.
 dates=[D("August 13, 1998", "1998-08-13"), D("1996", "1996")])

# ---- LIN Television Corporation: A T & T Corporation -> LIN Holdings Corporation, DA 98-424, published 1998-03-02 ---
LIN = "LIN Television Corporation"
ATT = "A T & T Corporation"
LH = "LIN Holdings Corporation"
A["us-fcc-att-lin-television-lin-holdings-hicks-transfer-of-control-order-1998"] = dict(
 # Organizations: the Commission ('The Commission, by the Chief ...'); the Mass Media Bureau ('By the Chief, Mass
 # Media Bureau:' and again in the sentence). Companies: LIN Television Corporation ('(LIN)' -> alias); A T & T
 # Corporation (as written, spaced; no short form); LIN Holdings Corporation (twice, no short form). Person: Thomas
 # O. Hicks ('(Hicks)' -> alias; no title, no role). No Location in the text (the stations and their cities are in
 # the caption, kept as `title`, not annotated). Not annotated: 'the above-captioned television licenses'.
 entities=[E("Organization", CM), E("Organization", MMB), E("Company", LIN, "LIN"), E("Company", ATT),
           E("Company", LH), E("Person", "Thomas O. Hicks", "Hicks")],
 roles=[],
 # - acquired(LIN Holdings Corporation, LIN Television Corporation): 'unopposed applications seeking consent to
 #   transfer control of LIN Television Corporation (LIN) ... from A T & T Corporation to LIN Holdings Corporation'
 #   (control passes; agreed, before the Bureau -> acquired only; **doubtful**: the grant is not in the kept text).
 # - parentOrganization(LIN Television Corporation, A T & T Corporation): 'transfer control of LIN ... from A T & T
 #   Corporation' (the seller of control holds it; **doubtful**: the text does not call LIN a subsidiary, and a reader
 #   may give the transferor no link).
 # Near-misses: Hicks's control of LIN Holdings ('an entity ultimately controlled by Thomas O. Hicks': a person, no
 #   relation type; no role without a title); the cut 'Because Hicks will ultimately control LIN and its l...'; the
 #   nine stations (caption only).
 relations=[L(LH, "acquired", LIN), L(LIN, "parentOrganization", ATT)],
 outages=[],
 # 'March 2, 1998' (adopted and released: one text, one value).
 dates=[D("March 2, 1998", "1998-03-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
