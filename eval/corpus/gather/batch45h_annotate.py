#!/usr/bin/env python3
"""Batch 45h gold annotations (the texts of batch45h.py: the Wireless Telecommunications Bureau's news release of 22
June 1999 on its approval of the merger of AirTouch Communications, Inc. and Vodafone Group, Plc.; the Commission's
news release of 15 February 2000 on the VoiceStream/Omnipoint/Cook Inlet licence transfers and assignments; the
Wireless Telecommunications and International Bureaus' news release of 30 March 2000 on the Bell Atlantic/Vodafone
and VoiceStream/Aerial licence transfers), written from the texts alone; newskg was not run on them. The split follows
the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve
against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v and 45c; GUIDELINES section 2): a
transfer of control of a named carrier's licences to a named buyer that the FCC has approved, consummation not told ->
`acquired` only; a transfer or assignment of licences that names no buyer of the company itself -> nothing; a stated
parent holding company -> parentOrganization; two companies forming a joint business through a named vehicle ->
partner (direction as written); a defined short name -> alias, the heading's forms the same names (not listed); a
Bureau named in full -> Organization ('Bureau' its alias), the Bureaus named together in elided form ('Wireless
Telecommunications and International Bureaus') not annotated (43r: 'Bureaus' stands for both together); no
parentOrganization from a Bureau to the Commission (15f); 'U.S.' as a place -> Location (43g, 43s); laws, sections,
orders' numbers, kinds of service and licence ('PCS', 'paging', 'designated entity licenses', 'national-one-rate'
service) not annotated; the contact lines were cut (no Person in any text).
usage: batch45h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, L, locs
import batch10_annotate as b10

A = {}

# ---- AirTouch / Vodafone, Wireless Telecommunications Bureau news release, published 1999-06-22 --------------------
AT = "AirTouch Communications, Inc."
VG = "Vodafone Group, Plc."
A["us-fcc-vodafone-airtouch-transfer-of-control-approved-news-release-1999"] = dict(
 # Organizations: Wireless Telecommunications Bureau ('Bureau' throughout, its defined short name), the FCC ('the FCC
 # cannot grant', 'FCC proceedings'; named only so: name 'FCC'). Companies: AirTouch Communications, Inc. ('AirTouch';
 # "AirTouch's" possessive-free), Vodafone Group, Plc. ('Vodafone'; name as written, full stop after 'Plc'). Location:
 # 'U.S.' ('in any U.S. markets'; 43g's Location 'U.S.'; **doubtful**: an adjective, a reader may leave it out). Not
 # annotated: the Communications Act of 1934 ('the Act') and its sections (a law), 'The adopted Order' (unnamed),
 # 'several parties' and their 'Petitions to Deny and Comments' (unnamed), 'pending commercial disputes' (no party
 # named). No relation from the Bureau to the FCC (15f; **doubtful**: 'on delegated authority' tells the Bureau acts
 # for the FCC, and a reader may add parentOrganization(Wireless Telecommunications Bureau, FCC))
 entities=[E("Organization", "Wireless Telecommunications Bureau", "Bureau"), E("Company", AT, "AirTouch"),
           E("Company", VG, "Vodafone"), E("Organization", "FCC")] + locs("U.S."),
 roles=[],
 # 'has approved the merger of AirTouch Communications, Inc. (AirTouch) and Vodafone Group, Plc. (Vodafone)' with 'the
 # applications ... for approval to transfer AirTouch's licenses and authorizations to Vodafone' and 'the proposed
 # transfer of control': a merger whose direction the text gives (AirTouch's licences go to Vodafone), approved,
 # closing not told ('the proposed merger') -> Vodafone acquired AirTouch (acquired only, 45c's rule; **doubtful**:
 # the release calls it 'the merger of AirTouch ... and Vodafone', and a reader holding to 'a merger where the text does
 # not say who buys whom: nothing' may leave it out; the transfer of licences and control 'to Vodafone' is read as the
 # direction). 'do not compete against each other': no relation. The petitioners (unnamed): nothing
 relations=[L(VG, "acquired", AT)],
 outages=[],
 # 'June 22, 1999' (the release's date) -> 1999-06-22. Not dates: '1934' inside the law's name
 dates=[D("June 22, 1999", "1999-06-22")])

# ---- VoiceStream / Omnipoint / Cook Inlet, Commission news release, published 2000-02-15 ---------------------------
FC = "Federal Communications Commission"
VS = "VoiceStream Wireless Corporation"
VH = "Voicestream Wireless Holding Corporation"
A["us-fcc-voicestream-omnipoint-cook-inlet-license-transfers-approved-news-release-2000"] = dict(
 # Organizations: Federal Communications Commission ('FCC'; the heading's 'FCC' the same), Department of Justice
 # ('DOJ'), Federal Bureau of Investigation ('FBI'). Companies: Omnipoint Corporation ('Omnipoint'), VoiceStream
 # Wireless Corporation ('VoiceStream'; 'VoiceStream\u2019s' possessive), Voicestream Wireless Holding Corporation
 # ('VWHC'; name as written, lower-case 's'), Cook Inlet Region, Inc. ('Cook Inlet'; a business whose affiliates hold
 # licences: Company). The heading's 'VoiceStream/Omnipoint/Cook Inlet' the same names. Location: Washington, D.C.
 # (the dateline). Not annotated: 'joint ventures involving affiliates of Cook Inlet' (unnamed), the Communications Act
 # and its sections (a law), 'an Agreement' (unnamed), 'designated entity licenses' (a kind of licence), 'FCC rules'
 entities=[E("Organization", FC, "FCC"), E("Company", "Omnipoint Corporation", "Omnipoint"),
           E("Company", VS, "VoiceStream"), E("Company", VH, "VWHC"), E("Company", "Cook Inlet Region, Inc.", "Cook Inlet"),
           E("Organization", "Department of Justice", "DOJ"), E("Organization", "Federal Bureau of Investigation", "FBI")]
          + locs("Washington, D.C."),
 roles=[],
 # 'VoiceStream\u2019s recently created parent holding company, Voicestream Wireless Holding Corporation (VWHC)' ->
 # parentOrganization(VoiceStream, VWHC). 'the transfer and assignment of various wireless licenses of Omnipoint
 # Corporation (Omnipoint) and VoiceStream ... to ... VWHC and to joint ventures involving affiliates of Cook Inlet':
 # licences transferred and assigned, to two kinds of holder, with no word that VWHC takes control of Omnipoint the
 # company -> nothing for Omnipoint (**doubtful**: a reader may read the licence transfer to VWHC as VWHC acquiring
 # Omnipoint, the deal behind the release, which the excerpt never states; near-miss). 'joint ventures involving
 # affiliates of Cook Inlet' (the other venturer not named: VWHC or VoiceStream only by inference) -> no partner
 # (**doubtful**: a reader may add partner(VoiceStream, Cook Inlet Region, Inc.)). 'an Agreement among VoiceStream,
 # the Department of Justice (DOJ) and the Federal Bureau of Investigation (FBI) addressing national security' -> no
 # partner (a condition of the grant with government bodies, not a partnership or supply contract; near-miss)
 relations=[L(VS, "parentOrganization", VH)],
 outages=[],
 # 'February 15, 2000' (the release's date) -> 2000-02-15
 dates=[D("February 15, 2000", "2000-02-15")])

# ---- Bell Atlantic / Vodafone and VoiceStream / Aerial, Bureaus' news release, published 2000-03-30 ----------------
BA = "Bell Atlantic Corporation"
VA = "Vodafone AirTouch, Plc"
AE = "Aerial Communications, Inc."
A["us-fcc-bell-atlantic-vodafone-voicestream-aerial-license-transfers-approved-news-release-2000"] = dict(
 # Organization: Federal Communications Commission ('The Federal Communications Commission\u2019s', possessive-free;
 # the heading's 'FCC' -> alias). Companies: Bell Atlantic Corporation ('Bell Atlantic'), Vodafone AirTouch, Plc
 # ('Vodafone'; name as written, no full stop), Cellco Partnership ('Cellco'), Aerial Communications, Inc. ('Aerial'),
 # VoiceStream Wireless Corporation ('VoiceStream'); the heading's 'Bell Atlantic/Vodafone' and 'VoiceStream/Aerial'
 # the same names. Locations: Washington, DC (the dateline), 'U.K.' ('a U.K. corporation'), the United States ('in
 # the United States'; 'U.S.' -> alias: 'their U.S. wireless licenses', 'more than 90 percent of the U.S.'). Not
 # annotated: the 'Wireless Telecommunications and International Bureaus' (two Bureaus named together in elided form;
 # neither's full name is in the text: near-miss, 43r), 'the bureaus', 'FCC Bureaus'; PCS, paging, cellular (kinds of
 # service); the '\u201cnational-one-rate\u201d service' (a kind of pricing plan they intend to offer, not a named
 # product: near-miss); 'the applicants', 'the companies', 'two new national wireless competitors' (unnamed)
 entities=[E("Organization", FC, "FCC"), E("Company", BA, "Bell Atlantic"), E("Company", VA, "Vodafone"),
           E("Company", "Cellco Partnership", "Cellco"), E("Company", AE, "Aerial"), E("Company", VS, "VoiceStream"),
           E("Location", "Washington, DC"), E("Location", "U.K."), E("Location", "United States", "U.S.")],
 roles=[],
 # 'have approved the transfer of control of licenses and authorizations from Aerial Communications, Inc.(Aerial) to
 # VoiceStream Wireless Corporation (VoiceStream)' with 'The combination of VoiceStream and Aerial' (heading
 # 'VoiceStream/Aerial'): approved, closing not told -> VoiceStream acquired Aerial (acquired only, 45c's rule).
 # 'Cellco will be the vehicle for Bell Atlantic and Vodafone to form a domestic, nationwide wireless business that
 # will combine their ... wireless properties': a joint business of the two through Cellco -> partner(Bell Atlantic,
 # Vodafone) (direction as written). Bell Atlantic and Vodafone 'to transfer control of ... their U.S. wireless
 # licenses and authorizations to Cellco Partnership': no word of who owns Cellco -> no parentOrganization
 # (**doubtful**: a reader may add parentOrganization(Cellco, Bell Atlantic) and (Cellco, Vodafone) for the two
 # companies' joint vehicle; and no acquired(Cellco, ...): licences, not companies, go to Cellco)
 relations=[L(VS, "acquired", AE), L(BA, "partner", VA)],
 outages=[],
 # 'March 30, 2000' (the release's date) -> 2000-03-30
 dates=[D("March 30, 2000", "2000-03-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
