#!/usr/bin/env python3
"""Gold for batch 53zk (session 54, gatherer lane zk): two FCC orders on television licence assignments in Alaska, of
2013 and 2003/2004 (DA 13-2098 of 30 October 2013, the Video Division's Memorandum Opinion and Order on the
applications to assign KTVA(TV), Anchorage and two low-power stations from Affiliated Media Inc. FCC Trust and Dan
Etulain to Denali Media Anchorage, Corp. and Denali Media Southeast, Corp., subsidiaries of General Communications, Inc.
-- fcc.gov's document page; FCC 03-310 released 2 April 2004, the Commission's Memorandum Opinion and Order on Borealis
Broadcasting, Inc.'s application regarding the 1999 staff grant of the assignment of KTVF( TV), Fairbanks from Northern
Television, Inc. to AK Media Group -- the FCC's own EDOCS text file), written from the texts alone; newskg was not run
on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-53zi of the lane; GUIDELINES section 2): an assignment application whose grant is not
in the kept text -> acquired(assignee, station) only, as a pending application (51j, 51zd, 51zg, 52z, 52zd; **doubtful**:
a reader may give nothing before a grant); a staff grant whose consummation is not told -> acquired only (52zd's
Pappas, under review as here); the assignor named with 'from' -> parentOrganization(station, assignor) (the lane's
assignor call, 51j/51r, 52z, 52zd, 53zi); 'subsidiaries of X' -> parentOrganization(each, X) (53zb); 'the former
licensee of S' -> parentOrganization(S, licensee) (GUIDELINES: ownership stated as past is still recorded; 52x's
'licensee of' call); an objector or petitioner -> no relation to the parties (52zd's Citadel); a network affiliation
('Channel 11 (NBC/ UPN)') -> the networks as Company, no relation (53h, 51zq); stations -> Company, call signs as
written (the EDOCS file's spaces kept, 52z's 'KWCH- TV'); short names in parentheses -> aliases, a '(collectively X)'
name for several parties -> no alias and no entity (**doubtful**); 'the Commission' -> Organization 'Commission';
'Commissioners Copps and Adelstein concurring' -> Persons 'Copps', 'Adelstein', role other at the Commission (52k,
51r, 52zd); a division written after its bureau ('Video Division, Media Bureau') -> its own Organization under the
Bureau (52zd; **doubtful**), the Bureau not linked to the Commission (51r); place names -> Location as written, a city
and its state apart, a place inside a company name not annotated on its own (52zd); pleadings ('Petition to Deny',
'application', 'Letter decision'), channel numbers, file and facility numbers, 'the staff', an unnamed 'Chief' not
annotated; the `title` is not annotated apart.
usage: batch53zk_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54zk/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- Affiliated Media Inc. FCC Trust / Dan Etulain -> Denali Media Anchorage / Southeast (GCI); KTVA(TV); DA 13-2098 --
DMA_ = "Denali Media Anchorage, Corp."
DMS = "Denali Media Southeast, Corp."
GCI = "General Communications, Inc."
AFF = "Affiliated Media Inc. FCC Trust"
A["us-fcc-affiliated-media-fcc-trust-denali-media-anchorage-gci-ktva-anchorage-assignment-alaska-broadcasters-petition-order-2013"] = dict(
 # Organizations: the Commission ('The Commission, by the Chief ...'); the Video Division and the Media Bureau ('By the
 # Chief, Video Division, Media Bureau:' and again in the first sentence; the Chief unnamed, no person). Companies:
 # KTVA(TV); Denali Media Anchorage, Corp. and Denali Media Southeast, Corp. ('(collectively Denali)' names the two
 # together: no alias of either, no entity of its own; **doubtful**); General Communications, Inc. ('(GCI)' -> alias);
 # Affiliated Media Inc. FCC Trust ('(Affiliated)' -> alias; the body's form, without the caption's comma; a trust
 # holding a licence, typed Company as the lane's assignors); the five petitioners Northern Lights Media, Inc.
 # ('(Northern Lights)'), Coastal Television Broadcasting Company LLC ('(Coastal)'), Ketchikan TV, LLC ('(Ketchikan
 # TV)'), Vision Alaska I LLC ('(Vision I)'), Vision Alaska II LLC ('(Vision II)') -> each with its alias. Person: Dan
 # Etulain (an assignor; no title, so no role). Locations: Anchorage (twice, one entity), Alaska (twice), Fairbanks,
 # Juneau, Sitka. Not annotated: '(collectively, Alaska Broadcasters)' (a collective name for five parties, as
 # 'Denali'; **doubtful**), 'Ketchikan' and 'Alaska' inside company names (the latter annotated anyway from its own
 # mentions), 'two low-power television stations' and 'nine television stations' (unnamed), 'the Applications',
 # 'a Petition to Deny' (pleadings).
 entities=[E("Organization", CM), E("Organization", "Video Division"), E("Organization", "Media Bureau"),
           E("Company", "KTVA(TV)"), E("Company", DMA_), E("Company", DMS), E("Company", GCI, "GCI"),
           E("Company", AFF, "Affiliated"), E("Person", "Dan Etulain"),
           E("Company", "Northern Lights Media, Inc.", "Northern Lights"),
           E("Company", "Coastal Television Broadcasting Company LLC", "Coastal"),
           E("Company", "Ketchikan TV, LLC", "Ketchikan TV"), E("Company", "Vision Alaska I LLC", "Vision I"),
           E("Company", "Vision Alaska II LLC", "Vision II")] +
          [E("Location", x) for x in ("Anchorage", "Alaska", "Fairbanks", "Juneau", "Sitka")],
 roles=[],
 # - parentOrganization(Denali Media Anchorage, Corp., General Communications, Inc.) and parentOrganization(Denali Media
 #   Southeast, Corp., ...): '... Denali Media Southeast, Corp. (collectively Denali), subsidiaries of General
 #   Communications, Inc. (GCI)' (stated).
 # - acquired(Denali Media Anchorage, Corp., KTVA(TV)): 'applications for consent to the assignment of the licenses of
 #   station KTVA(TV), Anchorage, Alaska, and two low-power television stations to Denali Media Anchorage, Corp., and
 #   Denali Media Southeast, Corp.' (the order 'has before it' the applications; the ruling is not in the kept text ->
 #   acquired only, a pending application; **doubtful**: the body gives the three stations to the two assignees
 #   together; KTVA(TV) goes to Denali Media Anchorage by the caption (kept only as the title) and by the names; a
 #   reader may give acquired(Denali Media Southeast, Corp., KTVA(TV)) as well, or nothing before a grant).
 # - parentOrganization(KTVA(TV), Affiliated Media Inc. FCC Trust): '... from Affiliated Media Inc. FCC Trust
 #   (Affiliated) and Dan Etulain' (the lane's assignor call; **doubtful**: the body joins two assignors after 'from';
 #   the caption pairs KTVA(TV) with the trust, and Dan Etulain is a person, who takes no parentOrganization).
 # - parentOrganization(Video Division, Media Bureau): 'the Chief, Video Division, Media Bureau' (52zd's call;
 #   **doubtful**).
 # Near-misses: GCI as buyer (only the parent of the assignees: no acquired(GCI, KTVA(TV)); **doubtful**: a reader may
 #   give it through the subsidiaries); the two low-power stations (unnamed in the body: no relation); Dan Etulain as
 #   assignor (a person); the five petitioners, 'licensees of nine television stations in Anchorage, Fairbanks, Juneau,
 #   and Sitka, Alaska' (stations unnamed: no relation; their petition to deny ties them to no party); no partner among
 #   the five (a joint petition is not a partnership or joint venture; **doubtful**: 'collectively, Alaska
 #   Broadcasters' filing together may be read as a joint action); the Media Bureau and the Commission (no link, 51r).
 relations=[L(DMA_, "parentOrganization", GCI), L(DMS, "parentOrganization", GCI), L(DMA_, "acquired", "KTVA(TV)"),
            L("KTVA(TV)", "parentOrganization", AFF), L("Video Division", "parentOrganization", "Media Bureau")],
 outages=[],
 # 'October 29, 2013' (adopted); 'October 30, 2013' (released, = `published`). Not dates: the file numbers
 # (title only).
 dates=[D("October 29, 2013", "2013-10-29"), D("October 30, 2013", "2013-10-30")])

# ---- Northern Television, Inc. -> AK Media Group; KTVF( TV), Fairbanks; Borealis Broadcasting; FCC 03-310 (2003/2004) --
BOR = "Borealis Broadcasting, Inc."
NTV = "Northern Television, Inc."
AKM = "AK Media Group"
VSD = "Video Services Division"
MMB = "Mass Media Bureau"
A["us-fcc-northern-television-ak-media-group-ktvf-fairbanks-assignment-borealis-broadcasting-review-order-2004"] = dict(
 # Organizations: the Commission ('By the Commission:', 'The Commission has before it'); the Video Services Division
 # and the Mass Media Bureau ('the Chief, Video Services Division, Mass Media Bureau'; the Chief unnamed). Persons:
 # 'Commissioners Copps and Adelstein' -> Copps, Adelstein. Companies: Borealis Broadcasting, Inc. ('(Borealis)',
 # 'Borealis\u2019' possessive -> alias); its former stations KFAR( AM), KWLF( FM), KUWL( FM) (as written, with the
 # converter's space); KTVF( TV); the networks NBC and UPN ('Channel 11 (NBC/ UPN)'; 53h's networks); Northern
 # Television, Inc. ('(Northern)' -> alias); AK Media Group ('(AK Media)' -> alias; the body's form, without the
 # caption's 'INC.'). Locations: Fairbanks, Alaska (each twice, one entity), College. Not annotated: 'Channel 11',
 # 'related translator stations' (unnamed), 'Letter decision', 'the staff decision', 'petition to deny',
 # 'application' (pleadings); the caption's K06LA, K07NJ, Healy- Usibelli, Delta Junction (title only).
 entities=[E("Organization", CM), E("Person", "Copps"), E("Person", "Adelstein"), E("Company", BOR, "Borealis"),
           E("Company", "KFAR( AM)"), E("Company", "KWLF( FM)"), E("Company", "KUWL( FM)"),
           E("Organization", VSD), E("Organization", MMB), E("Company", "KTVF( TV)"), E("Company", "NBC"),
           E("Company", "UPN"), E("Company", NTV, "Northern"), E("Company", AKM, "AK Media")] +
          [E("Location", x) for x in ("Fairbanks", "Alaska", "College")],
 # 'Commissioners Copps and Adelstein concurring and issuing a joint statement' -> other at the Commission
 # (GUIDELINES: commissioners -> other), both current (52k, 52zd).
 roles=[R("Copps", "other", CM), R("Adelstein", "other", CM)],
 # - acquired(AK Media Group, KTVF( TV)): 'The staff decision granted the above- referenced applications for assignment
 #   of license of KTVF( TV) ... from Northern Television, Inc. (Northern) to AK Media Group' (granted in 1999,
 #   consummation not told -> acquired only; **doubtful**: the grant is under the Commission's review in this order,
 #   52zd's Pappas call).
 # - parentOrganization(KTVF( TV), Northern Television, Inc.): the assignor, 'from Northern Television, Inc.' (the
 #   lane's assignor call).
 # - parentOrganization(KFAR( AM), Borealis), parentOrganization(KWLF( FM), Borealis), parentOrganization(KUWL( FM),
 #   Borealis): 'Borealis Broadcasting, Inc. (Borealis), the former licensee of KFAR( AM) and KWLF( FM), Fairbanks,
 #   Alaska, and KUWL( FM), College, Alaska' (GUIDELINES: ownership stated as past is still recorded; **doubtful**:
 #   'licensee' read as control, 52x's call, and 'former' kept).
 # - parentOrganization(Video Services Division, Mass Media Bureau): 'the Chief, Video Services Division, Mass Media
 #   Bureau' (52zd's call; **doubtful**).
 # Near-misses: KTVF( TV) and NBC/UPN (a network affiliation: no relation, 51zq/53h); Borealis and the parties (an
 #   objector: no relation, 52zd's Citadel); the translator stations (unnamed: no relation); no partner between
 #   Northern and AK Media (a sale); the Mass Media Bureau and the Commission (no link, 51r).
 relations=[L(AKM, "acquired", "KTVF( TV)"), L("KTVF( TV)", "parentOrganization", NTV)] +
           [L(s, "parentOrganization", BOR) for s in ("KFAR( AM)", "KWLF( FM)", "KUWL( FM)")] +
           [L(VSD, "parentOrganization", MMB)],
 outages=[],
 # 'December 3, 2003' (adopted); 'April 2, 2004' (released, = `published`); 'June 23, 1999' (the staff letter
 # decision, 'the June 23, 1999, Letter decision'). Not dates: 'Channel 11', the file numbers (title only).
 dates=[D("December 3, 2003", "2003-12-03"), D("April 2, 2004", "2004-04-02"), D("June 23, 1999", "1999-06-23")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
