#!/usr/bin/env python3
"""Batch 45m gold annotations (the texts of batch45m.py: the Wireless Telecommunications and International Bureaus'
news release of 29 September 2000 on SBC Communications Inc.'s and BellSouth Corporation's wireless licences going to
Alloy LLC; the Wireless Telecommunications Bureau's news release of 27 October 2000 on its grant of the applications
underlying the proposed merger of TeleCorp Wireless, Inc. and Tritel, Inc.; the Commission's news release of 31 July
2000 authorizing Lockheed Martin to take control of Comsat), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c and 45h; GUIDELINES section 2):
a transfer of control of a named company to a named buyer that the FCC has granted or authorized, consummation not
told -> `acquired` only; a 'merger' of two named carriers where the text does not say who buys whom -> nothing
(GUIDELINES); two companies contributing their businesses to a named new venture -> partner (direction as written),
no parentOrganization for the vehicle whose owners the text does not state (45h's Cellco); 'a wholly owned subsidiary
of X' -> parentOrganization; a defined short name -> alias, the heading's forms the same names (not listed); a Bureau
named in full -> Organization ('Bureau' its alias), Bureaus named together in elided form ('Wireless
Telecommunications and International Bureaus') not annotated (43r, 45h); no parentOrganization from a Bureau to the
Commission (15f); 'U.S.' as a place -> Location (43g, 45h); laws, sections, orders' numbers, kinds of service and
licence ('PCS', 'LMDS', 'SMR', 'C and F block PCS licenses', 'CMRS') not annotated; the contact lines were cut (no
Person in any text, so no roles).
usage: batch45m_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, L, locs
import batch10_annotate as b10

A = {}
FC = "Federal Communications Commission"

# ---- SBC / BellSouth (Alloy LLC), Bureaus' news release, published 2000-09-29 ---------------------------------------
SB = "SBC Communications Inc."
BS = "BellSouth Corporation"
AL = "Alloy LLC"
A["us-fcc-sbc-bellsouth-alloy-wireless-license-transfers-approved-news-release-2000"] = dict(
 # Organization: Federal Communications Commission ('The Federal Communications Commission\u2019s', possessive-free;
 # 'the Commission' -> alias). Companies: SBC Communications Inc. ('SBC'), BellSouth Corporation ('BellSouth';
 # 'BellSouth\u2019s' possessive), Alloy LLC ('Alloy'; 'a newly-formed entity, currently called Alloy LLC': a named
 # company, its name given as provisional -- the same entity). Locations: Washington, DC (the dateline), 'U.S.' ('U.S.
 # wireless licenses', 'any U.S. telecommunications market'; an adjective, as 45h's AirTouch text: **doubtful**, a
 # reader may leave it out). Not annotated: the 'Wireless Telecommunications and International Bureaus' and 'The
 # Bureaus' (two Bureaus named together in elided form: near-miss, 43r, 45h); 'cellular and PCS businesses', '900 MHz
 # SMR services', 'fixed microwave services', 'private land mobile radio services' (kinds of service, not named
 # products: near-miss); 'its mobile data network' (unnamed); 'Section 214' (a law's section); 'the companies', 'the
 # new venture' (generic)
 entities=[E("Organization", FC, "Commission"), E("Company", SB, "SBC"), E("Company", BS, "BellSouth"),
           E("Company", AL, "Alloy")] + locs("Washington, DC", "U.S."),
 roles=[],
 # 'granted approval for SBC ... and BellSouth ... to transfer control of or assign their respective U.S. wireless
 # licenses ... to a newly-formed entity, currently called Alloy LLC', 'the combination of SBC and BellSouth\u2019s
 # U.S. wireless properties', 'they plan to contribute to the new venture almost all of their substantial cellular and
 # PCS businesses': a joint venture of the two named companies -> partner(SBC, BellSouth) (direction as written; 45h's
 # Bell Atlantic/Vodafone through Cellco). No parentOrganization(Alloy, SBC) or (Alloy, BellSouth): the text never
 # says who owns or controls Alloy (**doubtful**: 'the new venture' they contribute to is read by many as their jointly
 # owned company, and a reader may add both). No acquired(Alloy, ...): licences and businesses, not companies, go to
 # Alloy (asset contributions: GUIDELINES, nothing)
 relations=[L(SB, "partner", BS)],
 outages=[],
 # 'September 29, 2000' (the release's date) -> 2000-09-29. Not dates: '900 MHz', 'Section 214'
 dates=[D("September 29, 2000", "2000-09-29")])

# ---- TeleCorp / Tritel, Wireless Telecommunications Bureau news release, published 2000-10-27 ----------------------
TC = "TeleCorp Wireless, Inc."
TR = "Tritel, Inc."
A["us-fcc-telecorp-tritel-merger-applications-granted-news-release-2000"] = dict(
 # Organizations: Federal Communications Commission ('The Federal Communications Commission's', possessive-free; 'the
 # Commission's' -> alias 'Commission'), Wireless Telecommunications Bureau ('the Bureau', 'The Bureau' -> alias
 # 'Bureau'). Companies: TeleCorp Wireless, Inc. ('TeleCorp'; "TeleCorp's" possessive), Tritel, Inc. ('Tritel'), the
 # petitioner Nextel Communications, Inc., PolyCell, Inc., AT&T Wireless PCS, LLC (named parties to licence
 # cross-assignments). Locations: Washington, DC (the dateline), Bowling Green-Glasgow (a market named by its two
 # cities, written as one name: one Location, **doubtful**: a reader may split it or leave it as a market area, not a
 # place), Kentucky (twice), Daviess County. Not annotated: Personal Communications Services ('PCS') and Local
 # Multipoint Distribution Service ('LMDS') (kinds of licensed service, 45c's PCS/MDS: near-miss), 'C and F block PCS
 # licenses', 'CMRS spectrum aggregation limit' (a rule), 'affiliates of TeleCorp', 'affiliates of PolyCell' and
 # 'entities other than TeleCorp' (unnamed)
 entities=[E("Organization", FC, "Commission"), E("Organization", "Wireless Telecommunications Bureau", "Bureau"),
           E("Company", TC, "TeleCorp"), E("Company", TR, "Tritel"), E("Company", "Nextel Communications, Inc."),
           E("Company", "PolyCell, Inc."), E("Company", "AT&T Wireless PCS, LLC")]
          + locs("Washington, DC", "Bowling Green-Glasgow", "Kentucky", "Daviess County"),
 roles=[],
 # 'granted the applications underlying the proposed merger of TeleCorp Wireless, Inc. ("TeleCorp") and Tritel, Inc.
 # ("Tritel")': a merger of two named companies, granted, where the text does not say who buys whom -> nothing
 # (GUIDELINES: 'A "merger" where the text does not say who buys whom: nothing'; **doubtful**: 'TeleCorp's acquisition
 # of certain of Tritel's licenses' may be read as TeleCorp the buyer, and a reader may add acquired(TeleCorp,
 # Tritel); the sentence names licences, 'certain of' them, an asset purchase: near-miss). The Bureau 'denied a
 # petition to deny filed by Nextel Communications, Inc.': an opponent, no relation (near-miss, 45c's petitioners).
 # 'license cross- assignments between affiliates of TeleCorp, affiliates of PolyCell, Inc., and AT&T Wireless PCS,
 # LLC': licence swaps among unnamed affiliates and AT&T Wireless PCS -> no partner (assignments of licences, not a
 # stated partnership or contract: near-miss). No parentOrganization from the Bureau to the Commission (15f), though
 # 'The Federal Communications Commission's Wireless Telecommunications Bureau' (**doubtful**: a reader may add it)
 relations=[],
 outages=[],
 # 'October 27, 2000' (the release's date) -> 2000-10-27
 dates=[D("October 27, 2000", "2000-10-27")])

# ---- Lockheed Martin / Comsat, Commission news release, published 2000-07-31 ----------------------------------------
LM = "Lockheed Martin Corporation"
CO = "Comsat Corporation"
CG = "Comsat Government Systems, LLC"
CS = "Comsat Government Services, Inc."
A["us-fcc-lockheed-martin-comsat-transfer-of-control-authorized-news-release-2000"] = dict(
 # Organizations: the Commission ('The Commission', 'the Commission'; named only so; 'its FCC licenses' -> alias
 # 'FCC'; name 'Commission', the form the text uses most, as 45c's Teleport text), Congress ('Congress enacted'),
 # INTELSAT ('an international telecommunications system that later became known as INTELSAT', 'the U.S. Signatory to
 # INTELSAT', "INTELSAT's expected privatization": a body with signatories, not yet privatized -> Organization,
 # **doubtful**: the text calls it 'an international telecommunications system', and a reader may type it Company or
 # Service). Companies: Comsat Corporation ('Comsat'; the heading's 'COMSAT' the same name), Comsat Government Systems,
 # LLC ('CGS-LLC'), Lockheed Martin Corporation ('Lockheed Martin', 'Lockheed'; the heading's 'LOCKHEED MARTIN' the
 # same name), Regulus ('its wholly owned subsidiary, Regulus'), Comsat Government Services, Inc. (no short form).
 # Location: 'U.S.' ('U.S. communications satellite corporation', 'the U.S. Signatory'; an adjective, as 45h:
 # **doubtful**). Not annotated: the Communications Satellite Act of 1962 ('Satellite Act') and the 'Open-Market
 # Reorganization for the Betterment of International Telecommunications Act' ('the ORBIT Act') (laws); 'a diversified
 # enterprise', 'a private, for-profit U.S. communications satellite corporation' (descriptions)
 entities=[E("Organization", "Commission", "FCC"), E("Company", CO, "Comsat"), E("Company", CG, "CGS-LLC"),
           E("Company", LM, "Lockheed Martin", "Lockheed"), E("Company", "Regulus"), E("Company", CS),
           E("Organization", "INTELSAT"), E("Organization", "Congress")] + locs("U.S."),
 roles=[],
 # 'CGS-LLC, a wholly owned subsidiary of Lockheed Martin Corporation' -> parentOrganization(CGS-LLC, Lockheed
 # Martin). 'Lockheed Martin, through its wholly owned subsidiary, Regulus' -> parentOrganization(Regulus, Lockheed
 # Martin). 'Comsat Government Services, Inc., a wholly owned subsidiary of Comsat' -> parentOrganization(Comsat
 # Government Services, Comsat) (relations carry no time, GUIDELINES; the ownership the text states when the first
 # phase was authorized). 'authorized Comsat ... to assign its FCC licenses ... to CGS-LLC', 'This authorization will
 # permit the completion of the planned merger of Lockheed Martin and Comsat', "Lockheed Martin's purchase of Comsat"
 # (heading 'LOCKHEED MARTIN TO TAKE CONTROL OF COMSAT'): an agreed purchase, authorized, completion ahead ('will
 # permit the completion') -> acquired(Lockheed Martin, Comsat) only (45c's rule; the text says who buys whom, so the
 # word 'merger' does not stop it). 'Last September, the Commission authorized Lockheed Martin, through ... Regulus,
 # to acquire Comsat Government Services, Inc.': authorized, completion not told -> acquired(Lockheed Martin, Comsat
 # Government Services) only (**doubtful**: the buyer as the sentence's subject, Lockheed Martin; a reader may name
 # Regulus, the vehicle, as the buyer, or add parentOrganization(Comsat Government Services, Regulus) for a completed
 # first phase the text does not tell). 'to purchase up to 49 percent of Comsat stock': a minority stake inside the
 # same purchase -> nothing more. 'Comsat serves as the U.S. Signatory to INTELSAT, and ... will become a shareholder':
 # a treaty signatory's seat, and a future shareholding -> no relation (near-miss: no partner, no parentOrganization).
 # No relation from CGS-LLC to Comsat (licences only)
 relations=[L(CG, "parentOrganization", LM), L("Regulus", "parentOrganization", LM), L(CS, "parentOrganization", CO),
            L(LM, "acquired", CO), L(LM, "acquired", CS)],
 outages=[],
 # 'July 31, 2000' (the release's date) -> 2000-07-31; '2001' (INTELSAT's expected privatization) -> 2001; 'Last
 # September' (against 2000-07-31: September 1999) -> 1999-09; 'March 17, 2000' (the ORBIT Act's enactment) ->
 # 2000-03-17. Not dates: '1962' inside the Act's name, '49 percent', '50 percent'
 dates=[D("July 31, 2000", "2000-07-31"), D("2001", "2001"), D("Last September", "1999-09"),
        D("March 17, 2000", "2000-03-17")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
