#!/usr/bin/env python3
"""Gold for batch 51zo (session 52, gatherer 51zo): three FCC broadcast-licence texts of 1967, 1968 and 1972, all from
www.nicholasjohnson.org's copies (the Commission's Memorandum Opinion and Order FCC 67-1312, 10 F.C.C.2d 822, on D. H.
Overmyer's transfer of five UHF permittees and the assignment of WPHL-TV to U.S. Communications Corp.; the Commission's
grant of 27 March 1968, 12 Rad. Reg. 2d 809, of the assignment of WFMT, Chicago, to WGN Continental FM Co., with the
opening of Commissioner Nicholas Johnson's dissent on the Tribune Company's holdings; the Commission's approval of 13
December 1972, 39 F.C.C.2d 470, of the assignment of WTRY and WTRY-FM from Kops-Monahan Communications, Inc. to Scott
Broadcasting Co. of Pennsylvania, Inc., with the opening of Johnson's dissent), written from the texts alone; newskg
was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_
annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-51zg of the lane; GUIDELINES section 2): a granted or approved licence assignment whose
consummation the text does not tell, and an application pending before the Commission -> acquired(assignee, the
station) only (44k, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg); the assignor of a station's licence ('the assignment of
license of S ... from X to Y') -> parentOrganization(S, X) (51e's, 51j's, 51r's, 51zd's and 51zg's call; **doubtful**:
a reader may give the licence holder no ownership link; GUIDELINES: ownership stated as past is still recorded); 'X is
a subsidiary of Y', 'the Company owns S', 'the wholly-owned X', 'a newspaper published by Y' -> parentOrganization
(stated); television and radio stations and newspapers -> Company (35l, 43v, 49m, 51e, 51j, 51r, 51zd, 51zg;
GUIDELINES: news organisations are Company); Commissioners -> Person with role other at the Commission, a chairman ->
chairman (GUIDELINES; 44k, 51r), names written only in capitals ('COMMISSIONERS BARTLEY, COX, AND JOHNSON', 'COMMISSIONER
NICHOLAS JOHNSON') annotated as written (51zd's 'POOLE BROADCASTING CO.', 51zg's 'HYDE'); 'the Commission' ->
Organization 'Commission', or 'Federal Communications Commission' with alias 'Commission' where the text writes the
full name (51r's Terrier, 51zd); a station's 'owner and station manager' -> executive (GUIDELINES: 'manager' ->
executive); place names -> Location, a state's abbreviation ('N.Y.', 'Pa.') its own Location as written (51r's
'N.Y.', 51zd's 'Tex.', 51zg's 'Kans.'; **doubtful**); 'the Company' (capitalised, for the Tribune Company) not an alias
(a generic noun phrase; **doubtful**); dockets, files, rules ('Section 73.35 (b)'), policies ('Interim Policy
Concerning Acquisition of Television Stations'), applications and citations not annotated; the captions (kept as
`title`) not annotated beyond what the text repeats.
usage: batch51zo_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52zo/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- D. H. Overmyer -> U.S. Communications Corp.; WPHL-TV, Philadelphia, FCC 67-1312, 1967-12-08 -------------------
CM = "Commission"
USC = "U.S. Communications Corp."
WPHL = "WPHL-TV"
A["us-fcc-overmyer-u-s-communications-corp-uhf-permittees-wphl-tv-philadelphia-transfer-assignment-order-1967"] = dict(
 # Organization: the Commission ('BY THE COMMISSION:', 'The Commission' three times, "the Commission's efforts"; the
 # upper-case line's 'COMMISSION' the same surface form, no alias). Persons: the four Commissioners named only in the
 # upper-case line -- 'COMMISSIONERS BARTLEY, COX, AND JOHNSON' -> 'BARTLEY', 'COX', 'JOHNSON'; 'COMMISSIONER
 # LOEVINGER' -> 'LOEVINGER' (as written, 51zg's 'HYDE'); D. H. Overmyer (the transferor, a person). Companies: U.S.
 # Communications Corp. (twice); the station WPHL-TV. Locations: Philadelphia, Pa. Not annotated: 'the permittees of
 # five UHF television stations' (unnamed in the text: D. H. Overmyer Communications Co., Inc. and D. H. Overmyer
 # Broadcasting Co., Inc. and their stations only in the caption), 'the Interim Policy Concerning Acquisition of
 # Television Stations' (a policy), '5 R.R. 2d i71' (a citation), 'UHF', 'the top 50 television markets'.
 entities=[E("Organization", CM), E("Person", "BARTLEY"), E("Person", "COX"), E("Person", "JOHNSON"),
           E("Person", "LOEVINGER"), E("Person", "D. H. Overmyer"), E("Company", USC), E("Company", WPHL),
           E("Location", "Philadelphia"), E("Location", "Pa.")],
 # 'COMMISSIONERS BARTLEY, COX, AND JOHNSON DISSENTING ...; COMMISSIONER LOEVINGER CONCURRING ...' -> other at the
 # Commission (GUIDELINES), all current (the order's day). D. H. Overmyer: no post stated ('proposes to transfer
 # control' tells his control of the permittees, not a title) -> no role.
 roles=[R("BARTLEY", "other", CM), R("COX", "other", CM), R("JOHNSON", "other", CM), R("LOEVINGER", "other", CM)],
 # - acquired(U.S. Communications Corp., WPHL-TV): 'the above-captioned assignment application, which proposes to
 #   assign the license for station WPHL-TV, Philadelphia, Pa., to U.S. Communications Corp.' (an application before
 #   the Commission, the grant not in the kept text -> acquired only, as 51zd's Hilco/Cumulus and 51zg's WKY;
 #   **doubtful**: a reader may hold a proposal under review as no agreed purchase and give nothing).
 # Near-misses: the transfer of control of 'the permittees of five UHF television stations' from D. H. Overmyer to U.S.
 #   Communications Corp. (the permittees unnamed in the text -> no acquired; D. H. Overmyer a Person -> no
 #   parentOrganization); the WPHL-TV assignor (Philadelphia Television Broadcasting Co., caption only -> no
 #   parentOrganization(WPHL-TV, ...)); the Commissioners' dissents and concurrence (statements not in the excerpt).
 relations=[L(USC, "acquired", WPHL)],
 outages=[],
 # 'December 8, 1967' (the adoption line), 'June 21, 1965' (the interim policy's day). Not dates: '5 R.R. 2d i71'
 # (a citation), 'top 50' (a number).
 dates=[D("December 8, 1967", "1967-12-08"), D("June 21, 1965", "1965-06-21")])

# ---- Gale Broadcasting -> WGN Continental FM Co. (Tribune Company): WFMT, Chicago, 12 R.R.2d 809, 1968-03-27 --------
FCC = "Federal Communications Commission"
WGNC = "WGN Continental FM Company"
TRIB = "Tribune Company"
WFMT = "WFMT"
A["us-fcc-wgn-continental-fm-tribune-company-wfmt-chicago-assignment-johnson-dissent-1968"] = dict(
 # Organization: the Federal Communications Commission ('Before the Federal Communications Commission'; 'The
 # Commission' twice -> alias 'Commission'). Persons: Chairman Hyde; Commissioners Lee, Cox, Loevinger, Wadsworth,
 # Johnson (surnames only, as written); Bernard Jacobs ('owner and station manager'). Companies: WGN Continental FM
 # Company (its one mention written 'Transferee-WGN Continental FM Company': the name inside the hyphened label, no
 # alias); the station WFMT ('WFMT (FM)' the same, no alias, as 51zg's 'WHAT(AM)'); the Tribune Company (twice; 'The
 # company's holdings', 'the Company owns', "the Company's communications interests" -> not aliases, generic noun
 # phrases, **doubtful** for the capitalised 'the Company'); the newspapers Chicago Tribune and Chicago American
 # (Company, GUIDELINES); the stations WGN-AM and WGN-TV (twice); the Chicago Tribune-New York News Syndicate (one
 # entity; 'Chicago Tribune' and 'New York' inside its name not extra mentions). Location: Chicago ('the Chicago
 # metropolitan area', 'in Chicago', 'Outside Chicago'). Not annotated: 'Chicagoans', 'the nation', 'the three national
 # networks' (unnamed), 'VHF', 'FM', "FM's", 'comic strip columns', 'more than 1700 newspapers' (unnamed).
 entities=[E("Organization", FCC, "Commission"), E("Person", "Hyde"), E("Person", "Lee"), E("Person", "Cox"),
           E("Person", "Loevinger"), E("Person", "Wadsworth"), E("Person", "Johnson"), E("Person", "Bernard Jacobs"),
           E("Company", WGNC), E("Company", WFMT), E("Company", TRIB), E("Company", "Chicago Tribune"),
           E("Company", "Chicago American"), E("Company", "WGN-AM"), E("Company", "WGN-TV"),
           E("Company", "Chicago Tribune-New York News Syndicate"), E("Location", "Chicago")],
 # 'Chairman Hyde' -> chairman at the Commission; 'Commissioners Lee, Cox, Loevinger, and Wadsworth', 'Commissioner
 # Johnson' -> other (GUIDELINES), all current (the grant's day). 'owner and station manager Bernard Jacobs' ->
 # executive at WFMT ('manager' -> executive; 'owner' has no title in the vocabulary), current (he 'is now forced to
 # divest himself of operating responsibility': not yet gone; **doubtful**: a reader may set current=false, or give no
 # role for a sole owner-manager).
 roles=[R("Hyde", "chairman", FCC), R("Lee", "other", FCC), R("Cox", "other", FCC), R("Loevinger", "other", FCC),
        R("Wadsworth", "other", FCC), R("Johnson", "other", FCC), R("Bernard Jacobs", "executive", WFMT)],
 # - acquired(WGN Continental FM Company, WFMT): 'a request by WGN Continental FM Company for a grant without hearing
 #   of its application to buy the license for WFMT (FM). The Commission has decided to grant the request.' and
 #   'granted the above named applications on March 27, 1968' (granted; consummation not told -> acquired only, as
 #   51zd's KTRK-TV; **doubtful**: a reader may add parentOrganization(WFMT, WGN Continental FM Company)).
 # - parentOrganization(WGN Continental FM Company, Tribune Company): 'is a subsidiary of the Tribune Company' (stated).
 # - parentOrganization(Chicago American, Tribune Company): 'the Chicago American, a second newspaper published by the
 #   Tribune Company' (stated).
 # - parentOrganization(Chicago Tribune, Tribune Company): 'a second newspaper published by the Tribune Company' makes
 #   the Chicago Tribune, named just before it among 'The company's holdings', the first (**doubtful**: implied, not
 #   written; a reader may give it no link).
 # - parentOrganization(WGN-AM, Tribune Company), parentOrganization(WGN-TV, Tribune Company): 'the Company owns WGN-AM
 #   and WGN-TV' ('the Company' the Tribune Company of the sentences before; stated).
 # - parentOrganization(Chicago Tribune-New York News Syndicate, Tribune Company): "the Company's communications
 #   interests extend ... through the wholly-owned Chicago Tribune-New York News Syndicate" (stated).
 # Near-misses: Bernard Jacobs as WFMT's owner (a Person: no parentOrganization); the assignor Gale Broadcasting Co.,
 #   Inc. (caption only -> no parentOrganization(WFMT, ...)); 'the other three are owned and operated by the three
 #   national networks' (unnamed); no acquired(Tribune Company, WFMT) (its subsidiary is the buyer; the parent's own
 #   purchase is not told, 51zd's Poole call); the McCormick family's control (cut with the excerpt's break).
 relations=[L(WGNC, "acquired", WFMT), L(WGNC, "parentOrganization", TRIB),
            L("Chicago American", "parentOrganization", TRIB), L("Chicago Tribune", "parentOrganization", TRIB),
            L("WGN-AM", "parentOrganization", TRIB), L("WGN-TV", "parentOrganization", TRIB),
            L("Chicago Tribune-New York News Syndicate", "parentOrganization", TRIB)],
 outages=[],
 # 'March 27, 1968' (the date line and the grant sentence: one item, same text and value). Not dates: 'Each weekday',
 # 'in the afternoon', 'The Sunday figures' (habitual, no calendar value), 'now'.
 dates=[D("March 27, 1968", "1968-03-27")])

# ---- Kops-Monahan Communications -> Scott Broadcasting Co. of Pennsylvania: WTRY / WTRY-FM, 1972-12-18 -----------
KM = "Kops-Monahan Communications, Inc."
SB = "Scott Broadcasting Company of Pennsylvania, Inc."
WTA = "WTRY-AM"
WTF = "WTRY-FM"
NJ = "NICHOLAS JOHNSON"
A["us-fcc-kops-monahan-scott-broadcasting-wtry-troy-albany-assignment-johnson-dissent-1972"] = dict(
 # Organization: the Federal Communications Commission ('Today the Federal Communications Commission approves';
 # 'the Commission approved' -> alias 'Commission'). Person: Commissioner Nicholas Johnson, named only in the dissent's
 # upper-case heading ('COMMISSIONER NICHOLAS JOHNSON' -> 'NICHOLAS JOHNSON' as written; the 'JUDGES:' line's
 # 'Commissioner Johnson' cut). Companies: the stations WTRY-AM and WTRY-FM (each twice); Kops-Monahan Communications,
 # Inc. (twice); Scott Broadcasting Company of Pennsylvania, Inc. ('Scott Broadcasting Co. of Pennsylvania', 'Scott
 # Broadcasting' -> aliases). Locations: Troy, Albany, N.Y. (the opinion's), New York ('Troy, New York', 'Albany, New
 # York': the state, written out; its own entity beside 'N.Y.', as written, **doubtful**: a reader may make 'N.Y.' an
 # alias of 'New York'). Not annotated: 'the majority', 'the mid-Atlantic portion of this country' (lower-case, no
 # name), 'Section 73.35 (b)', 'Section 73.240(a)(2)' (rules), 'AM', 'FM'.
 entities=[E("Organization", "Federal Communications Commission", "Commission"), E("Person", NJ),
           E("Company", WTA), E("Company", WTF), E("Company", KM),
           E("Company", SB, "Scott Broadcasting Co. of Pennsylvania", "Scott Broadcasting"),
           E("Location", "Troy"), E("Location", "Albany"), E("Location", "N.Y."), E("Location", "New York")],
 # 'DISSENTING OPINION OF COMMISSIONER NICHOLAS JOHNSON' -> other at the Commission (GUIDELINES), current.
 roles=[R(NJ, "other", "Federal Communications Commission")],
 # - acquired(Scott Broadcasting Company of Pennsylvania, Inc., WTRY-AM) and (..., WTRY-FM): 'the Commission approved
 #   the assignment of license of WTRY-AM, Troy, WTRY-FM, Albany, N.Y., from Kops-Monahan Communications, Inc., to
 #   Scott Broadcasting Company of Pennsylvania, Inc.' (approved; 'Scott Broadcasting will acquire its seventh AM and
 #   its fourth FM station' tells it is still to come -> acquired only; one relation per station, as 51zd's two
 #   stations).
 # - parentOrganization(WTRY-AM, Kops-Monahan ...), parentOrganization(WTRY-FM, Kops-Monahan ...): the assignor of
 #   each licence (**doubtful**, the assignor call).
 # Near-misses: Scott's other five AM and three FM stations (unnamed); no relation between Kops-Monahan and Scott (a
 #   sale: no partner); 'one individual or institution' (the rule's words, no entity).
 relations=[L(SB, "acquired", WTA), L(SB, "acquired", WTF), L(WTA, "parentOrganization", KM),
            L(WTF, "parentOrganization", KM)],
 outages=[],
 # 'DECEMBER 18, 1972' (the date line), 'December 13, 1972' (the approval), 'Today' (the dissent's 'Today the Federal
 # Communications Commission approves' -> `published`, 1972-12-18, by the binding rule; **doubtful**: the dissent was
 # written on the day of the vote, 13 December, which a reader may give instead). Not dates: 'seventh', 'fourth',
 # 'Section 73.35 (b)' (numbers).
 dates=[D("DECEMBER 18, 1972", "1972-12-18"), D("December 13, 1972", "1972-12-13"), D("Today", "1972-12-18")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
