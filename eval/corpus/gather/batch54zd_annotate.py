#!/usr/bin/env python3
"""Gold for batch 54zd (session 55, gatherer 54zd): two FCC texts on radio licence matters of 2000 and 2001
(Commissioner Gloria Tristani's press statement of 24 March 2000 on the Mass Media Bureau's grant of the transfer of
KOEZ(FM), Wichita, Kansas, from Kansas Radio Assets to Journal Broadcast Corporation, the FCC's HTML page; the
Enforcement Bureau's Notice of Apparent Liability for Forfeiture DA 01-344 of 13 February 2001 against Citicasters
Co., Clear Channel Communications, Inc.'s indirect subsidiary, for assuming control of WBTJ(FM), Hubbard, Ohio, under
a time brokerage agreement tied to the station's proposed assignment from Stop 26-Riverbend, Inc., a docslib.org
copy), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-54w of the lane; GUIDELINES section 2): a transfer granted by the staff but not told
as consummated, and an assignment application pending before the Commission -> acquired(buyer, the station) only
(52k's and 54q's grants, 54w's statements; 51zd's, 54k's and 54q's pending applications); an assignor or transferor
-> parentOrganization(station, seller) ('from X', 51r-54w); 'X is the licensee of station S' ->
parentOrganization(S, X) (52-round WCTX file's WTNH-TV); 'X is an indirect subsidiary of Y' -> parentOrganization(X,
Y); a local marketing or time brokerage agreement between two named parties -> partner, direction as written (the
WCTX file's LMA); radio stations -> Company (35l, 43v, 49m, 51e-54w); short names in parentheses -> aliases; the
Commission named only as 'the Commission' / 'the FCC' -> one Organization (named 'FCC' where the text gives the
acronym, 'Commission' where it gives only the word); 'COMMISSIONER GLORIA TRISTANI' -> Person (capitals as written,
54w's Rockford call) with role other at the Commission when the text names it (GUIDELINES: commissioners -> other);
bureaus ('Mass Media Bureau', 'Enforcement Bureau') -> Organization, no parentOrganization to the Commission (51j:
the text does not say 'of the Commission'); Congress -> Organization (52k's KMJI file); Arbitron named as the source
of a market count -> Company (52zc, 53a, 54w); place names -> Location, each once however often named; laws and
sections ('Telecommunications Act of 1996', 'Section 310(d) of the Communications Act', 'Section 73.3540'), the year
inside a law's name, dockets, file numbers, money and station counts -> no entity and no date; the release and
adoption lines kept in the text annotated as text; the `title` not annotated beyond what the text repeats.
usage: batch54zd_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zd/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- KOEZ(FM), Wichita: Kansas Radio Assets -> Journal Broadcast Corporation, Tristani statement ----
GTC = "GLORIA TRISTANI"
JBC = "Journal Broadcast Corporation"
A["us-fcc-commissioner-tristani-statement-kansas-radio-assets-journal-broadcast-koez-fm-wichita-transfer-2000"] = dict(
 # Person: 'PRESS STATEMENT OF COMMISSIONER GLORIA TRISTANI' -> 'GLORIA TRISTANI' (the one surface form, capitals as
 # written; the speaker, 'we' of the FCC). Organizations: the Mass Media Bureau (once); the FCC ('the Commission',
 # 'the Commission's rules', 'at the FCC we apparently believe' -> one body, named 'FCC' with alias 'Commission';
 # **doubtful**: a reader may name it 'Commission' with alias 'FCC' -- the same entity either way); Congress ('Congress
 # directed the Commission'). Companies: the station KOEZ(FM); Kansas Radio Assets (the transferor, named once);
 # Journal Broadcast Corporation ('Journal will own six stations', 'Journal will own five' -> alias 'Journal');
 # Arbitron ('According to Arbitron', 'the Arbitron definition': the ratings company whose market count the statement
 # uses -> Company, 52zc's, 53a's and 54w's call; **doubtful**: a reader may take it as a market label only).
 # Locations: Wichita ('the Wichita market', 'the Wichita radio market', 'competing in Wichita', 'stations in
 # Wichita': one entity); New York, Los Angeles ('as it can in New York or Los Angeles'). Kansas is named only inside
 # 'Kansas Radio Assets' and in the `title` -> no Location. Not annotated: 'the Telecommunications Act of 1996' (a
 # law), 'the real world', 'an entity', the station counts.
 entities=[E("Person", GTC), E("Organization", "Mass Media Bureau"), E("Organization", "FCC", "Commission"),
           E("Organization", "Congress"), E("Company", "KOEZ(FM)"), E("Company", "Kansas Radio Assets"),
           E("Company", JBC, "Journal"), E("Company", "Arbitron"), E("Location", "Wichita"),
           E("Location", "New York"), E("Location", "Los Angeles")],
 # 'COMMISSIONER GLORIA TRISTANI' -> other at the FCC (GUIDELINES: commissioners -> other; the text names the
 # Commission and 'at the FCC we'), current (the day of the statement).
 roles=[R(GTC, "other", "FCC")],
 # - acquired(Journal Broadcast Corporation, KOEZ(FM)): 'The Mass Media Bureau has granted a license transfer of
 #   KOEZ(FM) from Kansas Radio Assets to Journal Broadcast Corporation', 'As a result of this transfer, Journal will
 #   own six stations' (granted, consummation not told -> acquired only, 52k's, 54q's and 54w's call for grants;
 #   **doubtful**: 'will own' may be read as the deal done on the grant, a reader adding parentOrganization(KOEZ(FM),
 #   Journal Broadcast Corporation)).
 # - parentOrganization(KOEZ(FM), Kansas Radio Assets): the transferor ('from Kansas Radio Assets'; the lane's seller
 #   call, **doubtful**: a reader may give the licence holder no ownership link).
 # Near-misses: Journal's six Wichita stations (unnamed, no relation); Arbitron (its market count cited, no contract:
 #   no relation); the Mass Media Bureau and the FCC (no 'of the Commission': no parentOrganization, 51j); Congress
 #   and the Commission ('Congress directed the Commission': no relation).
 relations=[L(JBC, "acquired", "KOEZ(FM)"), L("KOEZ(FM)", "parentOrganization", "Kansas Radio Assets")],
 outages=[],
 # 'March 24, 2000' (the release line, = `published`). Not dates: '1996' inside 'the Telecommunications Act of 1996'
 # (a law's name, as the lane's orders), '24 stations', '15-29', '52 stations', '45 stations'.
 dates=[D("March 24, 2000", "2000-03-24")])

# ---- WBTJ(FM), Hubbard: Citicasters Co. (Clear Channel) / Stop 26-Riverbend, NAL DA 01-344 ----
CIT = "Citicasters Co."
CCC = "Clear Channel Communications, Inc."
S26 = "Stop 26\u2013Riverbend, Inc."
A["us-fcc-citicasters-clear-channel-stop-26-riverbend-wbtj-fm-hubbard-unauthorized-control-liability-notice-2001"] = dict(
 # Organizations: the Enforcement Bureau ('By the Chief, Enforcement Bureau:'); the Commission ('the Commission\u2019s
 # rules', 'without prior Commission consent' -> 'Commission', as the lane's orders). Companies: Citicasters Co.
 # ('(Citicasters)' and 'Citicasters' four times -> alias 'Citicasters'); the station WBTJ(FM) ('WBTJ(FM)\u2019s' ->
 # the same); Clear Channel Communications, Inc. (Citicasters' indirect parent, 'which controls radio station
 # licenses'); Stop 26\u2013Riverbend, Inc. (en dash as written; '(Stop 26)' -> alias 'Stop 26'). Locations: Hubbard,
 # Ohio ('WBTJ(FM), Hubbard, Ohio'; 'the Youngstown, Ohio area' -> the same Ohio), Youngstown ('the Youngstown, Ohio
 # area', 'the Youngstown area': one entity). Not annotated: 'Section 310(d) of the Communications Act', 'the Act',
 # 'Section 73.3540 of the Commission\u2019s rules' (laws and rules), 'Notice of Apparent Liability for Forfeiture'
 # / 'NAL' (an order), 'TBA' (an agreement), '$25,000'. No person: 'the Chief, Enforcement Bureau' is unnamed (no
 # role).
 entities=[E("Organization", "Enforcement Bureau"), E("Organization", "Commission"), E("Company", CIT, "Citicasters"),
           E("Company", "WBTJ(FM)"), E("Company", CCC), E("Company", S26, "Stop 26"), E("Location", "Hubbard"),
           E("Location", "Ohio"), E("Location", "Youngstown")],
 roles=[],
 # - parentOrganization(Citicasters Co., Clear Channel Communications, Inc.): 'Citicasters is an indirect subsidiary
 #   of Clear Channel Communications, Inc.' (GUIDELINES: subsidiary -> parentOrganization; 'indirect' still an
 #   ownership link through an unnamed middle company).
 # - parentOrganization(WBTJ(FM), Stop 26\u2013Riverbend, Inc.): 'Stop 26\u2013Riverbend, Inc. (Stop 26), is the
 #   licensee of WBTJ(FM)' (the lane's licensee call; **doubtful** as for every licensee link).
 # - acquired(Citicasters Co., WBTJ(FM)): 'Citicasters and Stop 26 entered into an asset purchase agreement ... in
 #   connection with an application proposing the assignment of WBTJ(FM)\u2019s license from Stop 26 to Citicasters'
 #   (an agreed sale pending the Commission's consent -> acquired only, the lane's call for pending assignment
 #   applications; **doubtful**: GUIDELINES hold asset purchases as nothing, and the text tells the sale only as
 #   'proposing'; the lane reads a licence assignment as the buyer taking the station).
 # - partner(Citicasters Co., Stop 26\u2013Riverbend, Inc.): 'Citicasters and Stop 26 entered into ... a related time
 #   brokerage agreement (TBA)' (a programming contract between two named companies -> partner, Citicasters first as
 #   written, the WCTX file's LMA call; **doubtful**: the same two are buyer and seller, and 54w held no partner
 #   between the parties of a sale -- the TBA is a contract of its own, so kept).
 # Near-misses: 'Citicasters ... assuming control of WBTJ(FM) ... without prior Commission consent' (the unauthorized
 #   control the NAL finds: no lawful acquisition, no parentOrganization(WBTJ(FM), Citicasters Co.)); Clear Channel's
 #   Youngstown-area licences (unnamed in the kept text; WKBN(AM), WMXY(FM) only in the cut footnote 3); the
 #   Enforcement Bureau and the Commission (no 'of the Commission': no parentOrganization, 51j).
 relations=[L(CIT, "parentOrganization", CCC), L("WBTJ(FM)", "parentOrganization", S26), L(CIT, "acquired", "WBTJ(FM)"),
            L(CIT, "partner", S26)],
 outages=[],
 # 'February 12, 2001' (adopted), 'February 13, 2001' (released, = `published`). Not dates: '310(d)', '73.3540',
 # '$25,000'.
 dates=[D("February 12, 2001", "2001-02-12"), D("February 13, 2001", "2001-02-13")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
